using System.Text.Json.Serialization;

namespace IbpPortal.Sections.Downloads;

/// <summary>One scorecard row: the latest figure, plan, variance and target, the SPC icons in words, and the rank with its scope.</summary>
internal sealed record ScorecardRowJson(
    string Metric,
    string Name,
    string Domain,
    bool Illustrative,
    string Period,
    double? Latest,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? LatestStatus,
    double? Plan,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? PlanStatus,
    double? Variance,
    double? Target,
    string Variation,
    string Assurance,
    bool ShortSeries,
    int? Rank,
    int? RankOutOf,
    int? Quartile,
    string? RankWithheld,
    string? Scope,
    int? Peers,
    double? Median,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RankedOn);
