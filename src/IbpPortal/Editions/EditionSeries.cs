using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>Everything an edition published for one organisation and metric.</summary>
/// <param name="ScorecardPeriod">The month its scorecard showed (the latest with a value).</param>
/// <param name="Variation">The variation icon of the latest point.</param>
/// <param name="Assurance">The assurance icon of the latest segment.</param>
/// <param name="Rank">The scorecard's rank.</param>
/// <param name="RankOutOf">How many organisations were ranked.</param>
/// <param name="Quartile">The scorecard's quartile.</param>
/// <param name="Points">Every published month, oldest first.</param>
public sealed record EditionSeries(
    string Org,
    string Metric,
    Period? ScorecardPeriod,
    VariationIcon Variation,
    AssuranceIcon Assurance,
    int? Rank,
    int? RankOutOf,
    int? Quartile,
    IReadOnlyList<EditionPoint> Points);
