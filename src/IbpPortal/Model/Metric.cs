using IbpPortal.Diagnostics;

namespace IbpPortal.Model;

/// <summary>A measure from <c>metrics.csv</c>.</summary>
/// <param name="Id">Identifier used in data files and URLs, such as <c>ae_4hr</c>.</param>
/// <param name="Decimals">Decimal places shown.</param>
/// <param name="Target">The national target, when there is one (org-specific targets are in <c>targets.csv</c>).</param>
/// <param name="Numerator">For a ratio metric, the count metric on top.</param>
/// <param name="Denominator">For a ratio metric, the count metric below.</param>
/// <param name="MeetsDemand">For a capacity metric, the demand metric it is compared with.</param>
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
    double? PlanTolerance = null,
    string? ExecutiveLead = null,
    string? Committee = null)
{
    /// <summary>True when computed from a numerator and a denominator.</summary>
    public bool IsRatio => Numerator is not null && Denominator is not null;
}
