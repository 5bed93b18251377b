namespace IbpPortal.Editions.Json;

/// <summary>One organisation's measure in an edition: the scorecard's icons and rank, then every month.</summary>
internal sealed record EditionSeriesJson(
    string Org,
    string Metric,
    string? ScorecardPeriod,
    string Variation,
    string Assurance,
    int? Rank,
    int? RankOutOf,
    int? Quartile,
    IEnumerable<EditionPointJson> Points);
