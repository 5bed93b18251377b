using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Coherence;

/// <summary>The ready-made coherence rules from NHS England's 2025/26 priorities and operational planning guidance (pure), off unless
/// <c>data/coherence.yml</c> names them.</summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>guidance_four_hour</c>: the plan for March 2026 is below 78% (as shown, at the measure's decimals, so 77.96% counts as 78.0%).</item>
/// <item><c>guidance_rtt_18_weeks</c>: the plan for March 2026 is less than 5 percentage points above the actual of March 2025 (silent without both).</item>
/// <item><c>guidance_agency_spend</c>: the 2025/26 planned total is less than 30% below the 2024/25 actual total (silent unless all 24 months have a figure).</item>
/// <item><c>guidance_activity_workforce</c>: a workforce measure is planned to grow faster than the activity measure over 2025/26; growth compares
/// each planned month of 2025/26 with the actual of the same month a year before, over the months that have both (silent without any).</item>
/// </list>
/// </remarks>
public static class GuidanceRules
{
    /// <summary>Where the rules come from, for readers.</summary>
    public const string Source = "NHS England, 2025/26 priorities and operational planning guidance (January 2025)";

    /// <summary>The guidance's address.</summary>
    public const string Url = "https://www.england.nhs.uk/long-read/2025-26-priorities-and-operational-planning-guidance/";

    /// <summary>The workforce measures the activity rule compares with when the file names none.</summary>
    public static readonly IReadOnlyList<string> DefaultWorkforce = ["staff_fte"];

    private static readonly Period March2025 = new(2025, 3);
    private static readonly Period March2026 = new(2026, 3);
    private static readonly Period April2025 = new(2025, 4);

    /// <summary>True for a ready-made guidance rule.</summary>
    public static bool IsGuidance(CoherenceRuleKind kind) => kind is CoherenceRuleKind.GuidanceFourHour or CoherenceRuleKind.GuidanceRttImprovement
        or CoherenceRuleKind.GuidanceAgencySpend or CoherenceRuleKind.GuidanceActivityWorkforce;

    /// <summary>The measure a ready-made rule checks when the file names none: the importers' and catalogue's ids.</summary>
    public static IReadOnlyList<string> DefaultMetrics(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GuidanceFourHour => ["ae_4hr"],
        CoherenceRuleKind.GuidanceRttImprovement => ["rtt_18wk"],
        CoherenceRuleKind.GuidanceAgencySpend => ["agency_spend"],
        CoherenceRuleKind.GuidanceActivityWorkforce => ["elective_activity"],
        _ => [],
    };

    /// <summary>What the guidance asks, in the portal's words, with where it says it.</summary>
    public static string Citation(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GuidanceFourHour => $"{Source}, national priorities: at least 78% of A&E patients seen within four hours in March 2026",
        CoherenceRuleKind.GuidanceRttImprovement => $"{Source}, national priorities: 65% of the waiting list within 18 weeks nationally by March 2026, every trust improving by at least 5 percentage points",
        CoherenceRuleKind.GuidanceAgencySpend => $"{Source}, living within the budget: agency spending at least 30% lower than current (2024/25) spending",
        _ => $"{Source}, foreword and finance: a 4% productivity improvement with a 1% lower cost base, so activity should grow faster than the staff who deliver it",
    };

    /// <summary>The rule's setting and citation, shown beside it.</summary>
    public static string Describe(CoherenceRule rule, AnalysisModel analysis)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(analysis);
        var setting = rule.Kind switch
        {
            CoherenceRuleKind.GuidanceFourHour => "a March 2026 plan below 78%",
            CoherenceRuleKind.GuidanceRttImprovement => "a March 2026 plan less than 5 percentage points above the March 2025 actual",
            CoherenceRuleKind.GuidanceAgencySpend => "a 2025/26 planned total less than 30% below the 2024/25 actual total",
            _ => $"any of {string.Join(", ", rule.NeedsAny.Select(m => analysis.FindMetric(m)?.Name ?? m))} planned to grow faster than the activity over 2025/26",
        };
        return $"{setting} (ready-made rule; source: {Citation(rule.Kind)})";
    }

    /// <summary>The rule's findings for one organisation.</summary>
    public static IEnumerable<CoherenceFinding> Check(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(rule);
        foreach (var id in rule.Metrics)
        {
            var metric = analysis.FindMetric(id)!;
            var finding = rule.Kind switch
            {
                CoherenceRuleKind.GuidanceFourHour => FourHour(analysis, provenance, org, rule, metric),
                CoherenceRuleKind.GuidanceRttImprovement => Rtt(analysis, provenance, org, rule, metric),
                CoherenceRuleKind.GuidanceAgencySpend => Agency(analysis, provenance, org, rule, metric),
                _ => ActivityWorkforce(analysis, provenance, org, rule, metric),
            };
            if (finding is not null)
            {
                yield return finding;
            }
        }
    }

    private static CoherenceFinding? FourHour(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule, Metric metric)
    {
        if (analysis.Plan(org, metric.Id).At(March2026) is not { HasValue: true } plan || Math.Round(plan.Number, metric.Decimals) >= 78)
        {
            return null;
        }

        return CoherenceChecker.Finding(org, rule, [metric.Id],
            $"the {metric.Name} plan for March 2026 is {FigureFormat.Format(plan.Number, metric)}, {FigureFormat.FormatChange(plan.Number - 78, metric).TrimStart('-')} short of the 78% the 2025/26 planning guidance asks for",
            CoherenceChecker.Lines(provenance, org, metric.Id, FigureSeries.Plan, March2026, March2026));
    }

    private static CoherenceFinding? Rtt(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule, Metric metric)
    {
        if (analysis.Plan(org, metric.Id).At(March2026) is not { HasValue: true } plan
            || analysis.Actual(org, metric.Id).At(March2025) is not { HasValue: true } baseline
            || Math.Round(plan.Number - baseline.Number, metric.Decimals) >= 5)
        {
            return null;
        }

        return CoherenceChecker.Finding(org, rule, [metric.Id],
            $"the {metric.Name} plan for March 2026 ({FigureFormat.Format(plan.Number, metric)}) is {FigureFormat.FormatChange(plan.Number - baseline.Number, metric)} on March 2025 ({FigureFormat.Format(baseline.Number, metric)}), short of the 5-point improvement the 2025/26 planning guidance expects of every trust",
            CoherenceChecker.Lines(provenance, org, metric.Id, FigureSeries.Plan, March2026, March2026)
                .Concat(CoherenceChecker.Lines(provenance, org, metric.Id, FigureSeries.Actual, March2025, March2025)));
    }

    private static CoherenceFinding? Agency(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule, Metric metric)
    {
        var planned = analysis.Plan(org, metric.Id).Between(April2025, March2026).ToList();
        var before = analysis.Actual(org, metric.Id).Between(April2025.AddMonths(-12), March2025).ToList();
        if (planned.Any(p => !p.Value.HasValue) || before.Any(p => !p.Value.HasValue))
        {
            return null;
        }

        var (plan, actual) = (planned.Sum(p => p.Value.Number), before.Sum(p => p.Value.Number));
        if (actual <= 0)
        {
            return null;
        }

        var fall = (actual - plan) / actual * 100;
        if (Math.Round(fall, 1) >= 30)
        {
            return null;
        }

        var change = fall >= 0 ? $"{Percent(fall)} lower" : $"{Percent(-fall)} higher";
        return CoherenceChecker.Finding(org, rule, [metric.Id],
            $"{metric.Name} is planned at {FigureFormat.Format(plan, metric)} for 2025/26, {change} than the {FigureFormat.Format(actual, metric)} spent in 2024/25, where the 2025/26 planning guidance asks for at least 30% lower",
            CoherenceChecker.Lines(provenance, org, metric.Id, FigureSeries.Plan, April2025, March2026)
                .Concat(CoherenceChecker.Lines(provenance, org, metric.Id, FigureSeries.Actual, April2025.AddMonths(-12), March2025)));
    }

    private static CoherenceFinding? ActivityWorkforce(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule, Metric activity)
    {
        if (YearOnYear(analysis, org, activity.Id) is not { } output)
        {
            return null;
        }

        var faster = rule.NeedsAny
            .Select(id => (Id: id, Growth: YearOnYear(analysis, org, id)))
            .Where(w => w.Growth is { } g && g.Percent > output.Percent)
            .ToList();
        if (faster.Count == 0)
        {
            return null;
        }

        var list = string.Join("; ", faster.Select(w => $"{analysis.FindMetric(w.Id)?.Name ?? w.Id} {Signed(w.Growth!.Value.Percent)} ({Months(w.Growth.Value.Months)})"));
        return CoherenceChecker.Finding(org, rule, [activity.Id, .. faster.Select(w => w.Id)],
            $"the workforce is planned to grow faster than {activity.Name} ({Signed(output.Percent)} over {Months(output.Months)} of 2025/26 against the same months a year before): {list}; output per member of staff would fall, where the 2025/26 planning guidance asks for productivity to rise",
            faster.SelectMany(w => CoherenceChecker.Lines(provenance, org, w.Id, FigureSeries.Plan, w.Growth!.Value.First, w.Growth.Value.Last))
                .Concat(CoherenceChecker.Lines(provenance, org, activity.Id, FigureSeries.Plan, output.First, output.Last)));
    }

    /// <summary>Planned 2025/26 against the same months' actuals a year before, over the months with both; null without any.</summary>
    internal static (double Percent, int Months, Period First, Period Last)? YearOnYear(AnalysisModel analysis, string org, string metric)
    {
        var plan = analysis.Plan(org, metric);
        var actual = analysis.Actual(org, metric);
        var pairs = plan.Between(April2025, March2026)
            .Select(p => (p.Period, Plan: p.Value, Before: actual.At(p.Period.AddMonths(-12))))
            .Where(x => x.Plan.HasValue && x.Before.HasValue)
            .ToList();
        var before = pairs.Sum(x => x.Before.Number);
        if (pairs.Count == 0 || before == 0)
        {
            return null;
        }

        return ((pairs.Sum(x => x.Plan.Number) - before) / Math.Abs(before) * 100, pairs.Count, pairs[0].Period, pairs[^1].Period);
    }

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Percent(value);

    private static string Months(int n) => n == 1 ? "1 month" : $"{n.ToString(CultureInfo.InvariantCulture)} months";
}
