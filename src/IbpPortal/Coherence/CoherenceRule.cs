using IbpPortal.Diagnostics;

namespace IbpPortal.Coherence;

/// <summary>One rule of <c>data/coherence.yml</c>.</summary>
/// <param name="Metrics">The measures the rule checks; every metric when the file says <c>"*"</c>.</param>
/// <param name="NeedsAny">For <see cref="CoherenceRuleKind.GrowthNeedsCapacity"/>: the supporting measures, at least one of which must grow.</param>
/// <param name="ThresholdPercent">For growth: the planned growth (%) above which support is needed.</param>
/// <param name="Limit">For a deficit limit: the lowest acceptable planned figure, in the measure's unit (−500000 = a £500,000 deficit).</param>
/// <param name="ByFinancialYear">For a deficit limit: compare each financial year's planned total, not each month.</param>
/// <param name="MaxMonthToMonthPercent">For a plan jump: the largest acceptable change from one planned month to the next (%).</param>
/// <param name="Tolerance">For a plan below target: how far short (in the measure's unit) is still accepted.</param>
/// <param name="Source">The rule's line in <c>coherence.yml</c>.</param>
public sealed record CoherenceRule(
    CoherenceRuleKind Kind,
    IReadOnlyList<string> Metrics,
    IReadOnlyList<string> NeedsAny,
    double ThresholdPercent,
    double Limit,
    bool ByFinancialYear,
    double MaxMonthToMonthPercent,
    double Tolerance,
    SourceLocation Source)
{
    /// <summary>The rule's name as written in <c>coherence.yml</c>, such as <c>plan_jump</c>.</summary>
    public string Name => CoherenceCodes.RuleName(Kind);
}
