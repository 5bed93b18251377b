using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>One metric's line on an organisation's scorecard.</summary>
/// <param name="Period">The month shown: the latest with an actual value at or before the reporting period, else the reporting period.</param>
/// <param name="Latest">The actual in <paramref name="Period"/>; absent when there is no value.</param>
/// <param name="Plan">The plan in <paramref name="Period"/>.</param>
/// <param name="Variance">Actual − plan with its direction; null without both figures.</param>
/// <param name="Target">The target in force in <paramref name="Period"/>.</param>
/// <param name="ShortSeries">True when the SPC chart's latest segment has too few points to be reliable.</param>
/// <param name="Rank">Rank among organisations of the same type in <paramref name="Period"/>.</param>
/// <param name="RankOutOf">How many organisations were ranked.</param>
/// <param name="Quartile">1 = best quarter.</param>
/// <param name="RankIsJudgement">False for a neutral metric, whose rank orders values without calling one better.</param>
/// <param name="Scope">Which organisations the rank, quartile and median are among; null without a benchmark.</param>
/// <param name="Withheld">Why there is no rank although there is a figure.</param>
/// <param name="Median">The median of <paramref name="Scope"/>, in the compared measure.</param>
/// <param name="Compared">The measure ranked: the metric, or the volume per its size measure.</param>
/// <param name="England">Where the trust stands among every acute trust in England in <paramref name="Period"/>, from imported
/// national files; null without England-wide figures. Shown beside the portal rank, never instead of its scope.</param>
/// <param name="TargetBasis">Whether <paramref name="Target"/> is the organisation's trajectory or the national standard, and since when.</param>
public sealed record ScorecardRow(
    Metric Metric,
    Period Period,
    DataValue Latest,
    DataValue Plan,
    Gap? Variance,
    double? Target,
    VariationIcon Variation,
    AssuranceIcon Assurance,
    bool ShortSeries,
    int? Rank,
    int? RankOutOf,
    int? Quartile,
    bool RankIsJudgement,
    ComparisonScope? Scope = null,
    RankWithheld Withheld = RankWithheld.None,
    double? Median = null,
    Metric? Compared = null,
    Series.TargetBasis? TargetBasis = null,
    EnglandComparison? England = null);
