using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Model;

namespace IbpPortal.Coherence;

/// <summary>A rule's threshold or tolerance in words, shown beside the rule wherever the rule or its verdict appears.</summary>
public static class CoherenceSetting
{
    /// <summary>"any month planned worse than its target (tolerance 0 percentage points)", "growth over 2%" …</summary>
    public static string Describe(CoherenceRule rule, AnalysisModel analysis)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(analysis);
        return rule.Kind switch
        {
            CoherenceRuleKind.GrowthNeedsCapacity => $"growth of more than {Percent(rule.ThresholdPercent)} with none of {string.Join(", ", rule.NeedsAny.Select(m => Name(analysis, m)))} growing",
            CoherenceRuleKind.DeficitLimit => $"a {(rule.ByFinancialYear ? "financial year" : "month")} planned below {Limit(rule, analysis)}",
            CoherenceRuleKind.PlanJump => $"a move of more than {Percent(rule.MaxMonthToMonthPercent)} from one planned month to the next",
            CoherenceRuleKind.GuidanceFourHour or CoherenceRuleKind.GuidanceRttImprovement
                or CoherenceRuleKind.GuidanceAgencySpend or CoherenceRuleKind.GuidanceActivityWorkforce => GuidanceRules.Describe(rule, analysis),
            _ => $"a planned month worse than its target; tolerance {Tolerance(rule, analysis)}",
        };
    }

    /// <summary>The tolerance of a plan-below-target rule in the measures' unit: "none (any shortfall is a finding)" or "0.5 percentage points".</summary>
    public static string Tolerance(CoherenceRule rule, AnalysisModel analysis)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.Tolerance <= 0)
        {
            return "none (any shortfall is a finding)";
        }

        var metric = rule.Metrics.Select(analysis.FindMetric).OfType<Metric>().FirstOrDefault();
        var number = rule.Tolerance.ToString("0.##", CultureInfo.InvariantCulture);
        return metric?.Unit == Unit.Percent ? $"{number} percentage points" : metric is null ? number : FigureFormat.Format(rule.Tolerance, metric);
    }

    private static string Limit(CoherenceRule rule, AnalysisModel analysis) =>
        rule.Metrics.Select(analysis.FindMetric).OfType<Metric>().FirstOrDefault() is { } m
            ? FigureFormat.Format(rule.Limit, m)
            : rule.Limit.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Name(AnalysisModel analysis, string metric) => analysis.FindMetric(metric)?.Name ?? metric;

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
