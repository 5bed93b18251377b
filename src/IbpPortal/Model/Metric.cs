using IbpPortal.Diagnostics;

namespace IbpPortal.Model;

/// <summary>A measure from <c>metrics.csv</c>.</summary>
/// <param name="Id">Identifier used in data files and URLs, such as <c>ae_4hr</c>.</param>
/// <param name="Decimals">Decimal places shown.</param>
/// <param name="Target">The national target, when there is one (org-specific targets are in <c>targets.csv</c>).</param>
/// <param name="Numerator">For a ratio metric, the count metric on top.</param>
/// <param name="Denominator">For a ratio metric, the count metric below.</param>
/// <param name="MeetsDemand">For a capacity metric, the demand metric of the same unit it is compared with like for like.</param>
/// <param name="Per">For a volume (count, £, WTE), the size measure it is divided by to be ranked (e.g. complaints per 100 beds); null to leave it unranked.</param>
/// <param name="PerScale">The multiplier of a <paramref name="Per"/> measure: 100 for "per 100 beds".</param>
/// <param name="Weight">For a percentage or rate averaged into ICB figures, the count metric that weights each trust (e.g. beds for occupancy); without one a percentage gets no ICB figure.</param>
/// <param name="Frequency">Monthly, or quarterly (one figure a quarter, at its last month).</param>
/// <param name="PlanTolerance">How far adverse to plan (percent of the plan) before the measure is an exception; none when null.</param>
/// <param name="ExecutiveLead">The executive director who answers for the measure, when declared.</param>
/// <param name="Committee">The board committee that oversees the measure, when declared.</param>
public sealed record Metric(
    string Id,
    string Name,
    Domain Domain,
    Unit Unit,
    Improvement Improvement,
    int Decimals,
    double? Target,
    string? Numerator,
    string? Denominator,
    AggregateRule Aggregate,
    string Description,
    SourceLocation Source,
    string? MeetsDemand = null,
    string? Per = null,
    double PerScale = 1,
    string? Weight = null,
    MetricFrequency Frequency = MetricFrequency.Monthly,
    double? PlanTolerance = null,
    string? ExecutiveLead = null,
    string? Committee = null)
{
    /// <summary>Fewest organisations with a figure for any rank or quartile.</summary>
    public const int MinimumRankedPeers = 5;

    /// <summary>True when computed from a numerator and a denominator.</summary>
    public bool IsRatio => Numerator is not null && Denominator is not null;

    /// <summary>True for a raw volume (count, £ or WTE), which measures size and is not ranked unless divided by <see cref="Per"/>.</summary>
    public bool IsVolume => !IsRatio && Unit is Unit.Count or Unit.Gbp or Unit.Wte;

    /// <summary>True when organisations of different size can be ranked on it: a percentage, rate or ratio, or a volume per a size measure.</summary>
    public bool IsRankable => !IsVolume || Per is not null;

    /// <summary>True when an ICB figure is made from the trusts' figures: by ratio of sums, a sum, or a mean that is either of a non-percentage or weighted.</summary>
    public bool HasIcbFigure => IsRatio || Aggregate == AggregateRule.Sum
        || (Aggregate == AggregateRule.Mean && (Weight is not null || Unit is not (Unit.Percent or Unit.Rate)));
}
