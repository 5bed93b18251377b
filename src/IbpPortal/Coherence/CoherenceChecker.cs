using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Coherence;

/// <summary>Checks every organisation's plan against the coherence rules (pure): does the plan hang together?</summary>
/// <remarks>
/// The plan year is the latest 12 planned months of an organisation's measure (fewer when the plan is shorter).
/// <list type="bullet">
/// <item><c>growth_needs_capacity</c>: growth = the plan year's total against the actual total of the 12 months before it
/// (silent when any of those months has no value). It fires when a measure grows by more than <c>threshold_percent</c>
/// and none of <c>needs_any</c> is planned to grow at all.</item>
/// <item><c>deficit_limit</c>: a planned month (or, with <c>basis: financial_year</c>, a financial year's planned total) below <c>limit</c>.</item>
/// <item><c>plan_jump</c>: a planned month that differs from the month before by more than <c>max_month_to_month_percent</c> of it.</item>
/// <item><c>plan_below_target</c>: a planned month worse than the target in force (by the measure's improvement direction) by more than <c>tolerance</c>.</item>
/// </list>
/// Each organisation's plan is checked, ICBs on their own or aggregated plans. Each finding names the lines behind the figures.
/// </remarks>
public static class CoherenceChecker
{
    /// <summary>The findings of every rule for every organisation.</summary>
    public static CoherenceReport Check(AnalysisModel analysis, ProvenanceIndex provenance, IReadOnlyList<CoherenceRule> rules)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(rules);
        var findings = new List<CoherenceFinding>();
        foreach (var org in analysis.Organisations)
        {
            foreach (var rule in rules)
            {
                findings.AddRange(rule.Kind switch
                {
                    CoherenceRuleKind.GrowthNeedsCapacity => Growth(analysis, provenance, org.Code, rule),
                    CoherenceRuleKind.DeficitLimit => Deficit(analysis, provenance, org.Code, rule),
                    CoherenceRuleKind.PlanJump => Jumps(analysis, provenance, org.Code, rule),
                    CoherenceRuleKind.GuidanceFourHour or CoherenceRuleKind.GuidanceRttImprovement
                        or CoherenceRuleKind.GuidanceAgencySpend or CoherenceRuleKind.GuidanceActivityWorkforce => GuidanceRules.Check(analysis, provenance, org.Code, rule),
                    _ => BelowTarget(analysis, provenance, org.Code, rule),
                });
            }
        }

        return new CoherenceReport(rules, [.. findings
            .OrderBy(f => f.Org, StringComparer.Ordinal)
            .ThenBy(f => f.Rule.Source.Line)
            .ThenBy(f => f.Metrics[0], StringComparer.Ordinal)]);
    }

    private static IEnumerable<CoherenceFinding> Growth(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule)
    {
        foreach (var metric in rule.Metrics)
        {
            if (PlanGrowth(analysis, org, metric) is not { } growth || growth.Percent <= rule.ThresholdPercent)
            {
                continue;
            }

            var support = rule.NeedsAny.Select(m => (Metric: m, Growth: PlanGrowth(analysis, org, m))).ToList();
            if (support.Any(s => s.Growth is { Percent: > 0 }))
            {
                continue;
            }

            var supportText = string.Join(", ", support.Select(s => s.Growth is { } g ? $"{Name(analysis, s.Metric)} {Percent(g.Percent)}" : $"{Name(analysis, s.Metric)} not planned"));
            var lines = Lines(provenance, org, metric, FigureSeries.Plan, growth.First, growth.Last)
                .Concat(support.Where(s => s.Growth is not null).SelectMany(s => Lines(provenance, org, s.Metric, FigureSeries.Plan, s.Growth!.Value.First, s.Growth.Value.Last)));
            yield return Finding(org, rule, [metric, .. rule.NeedsAny],
                $"{Name(analysis, metric)} is planned to grow by {Percent(growth.Percent)} in the year to {growth.Last.ToLongDisplay()}, more than {Percent(rule.ThresholdPercent)}, but none of the measures that would deliver it is planned to grow ({supportText})",
                lines);
        }
    }

    private static IEnumerable<CoherenceFinding> Deficit(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule)
    {
        foreach (var metric in rule.Metrics)
        {
            var plan = analysis.Plan(org, metric);
            var m = analysis.FindMetric(metric)!;
            var breaches = new List<(string Label, double Value, Period First, Period Last)>();
            if (rule.ByFinancialYear)
            {
                foreach (var year in plan.Where(p => p.Value.HasValue).GroupBy(p => p.Period.FinancialYearStart))
                {
                    var total = year.Sum(p => p.Value.Number);
                    if (total < rule.Limit)
                    {
                        breaches.Add(($"the year from {year.Key.ToLongDisplay()}", total, year.First().Period, year.Last().Period));
                    }
                }
            }
            else
            {
                breaches.AddRange(plan.Where(p => p.Value.HasValue && p.Value.Number < rule.Limit)
                    .Select(p => (p.Period.ToShortDisplay(), p.Value.Number, p.Period, p.Period)));
            }

            if (breaches.Count > 0)
            {
                var list = string.Join(", ", breaches.Select(b => $"{b.Label} ({FigureFormat.Format(b.Value, m)})"));
                yield return Finding(org, rule, [metric],
                    $"{m.Name} is planned below the limit of {FigureFormat.Format(rule.Limit, m)} in {Count(breaches.Count, rule.ByFinancialYear ? "financial year" : "month")}: {list}",
                    breaches.SelectMany(b => Lines(provenance, org, metric, FigureSeries.Plan, b.First, b.Last)));
            }
        }
    }

    private static IEnumerable<CoherenceFinding> Jumps(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule)
    {
        foreach (var metric in rule.Metrics)
        {
            var plan = analysis.Plan(org, metric);
            var jumps = new List<(Period From, Period To, double Percent)>();
            for (var i = 1; i < plan.Count; i++)
            {
                var (before, after) = (plan[i - 1].Value, plan[i].Value);
                if (before.HasValue && after.HasValue && before.Number != 0)
                {
                    var change = (after.Number - before.Number) / Math.Abs(before.Number) * 100;
                    if (Math.Abs(change) > rule.MaxMonthToMonthPercent)
                    {
                        jumps.Add((plan[i - 1].Period, plan[i].Period, change));
                    }
                }
            }

            if (jumps.Count > 0)
            {
                var list = string.Join(", ", jumps.Select(j => $"{j.From.ToShortDisplay()} to {j.To.ToShortDisplay()} ({Signed(j.Percent)})"));
                yield return Finding(org, rule, [metric],
                    $"the {Name(analysis, metric)} plan moves by more than {Percent(rule.MaxMonthToMonthPercent)} from one month to the next: {list}",
                    jumps.SelectMany(j => Lines(provenance, org, metric, FigureSeries.Plan, j.From, j.To)));
            }
        }
    }

    private static IEnumerable<CoherenceFinding> BelowTarget(AnalysisModel analysis, ProvenanceIndex provenance, string org, CoherenceRule rule)
    {
        foreach (var metric in rule.Metrics)
        {
            var m = analysis.FindMetric(metric)!;
            if (m.Improvement == Improvement.Neutral)
            {
                continue;
            }

            var shortfalls = new List<(Period Period, double Plan, double Target)>();
            foreach (var point in analysis.Plan(org, metric).Where(p => p.Value.HasValue))
            {
                if (analysis.Target(org, metric, point.Period) is not { } target)
                {
                    continue;
                }

                var shortBy = m.Improvement == Improvement.Increase ? target - point.Value.Number : point.Value.Number - target;
                if (shortBy > rule.Tolerance)
                {
                    shortfalls.Add((point.Period, point.Value.Number, target));
                }
            }

            if (shortfalls.Count > 0)
            {
                var list = string.Join(", ", shortfalls.Take(4).Select(s => $"{s.Period.ToShortDisplay()} plan {FigureFormat.Format(s.Plan, m)} against {FigureFormat.Format(s.Target, m)} ({FigureFormat.FormatChange(s.Plan - s.Target, m)})"));
                var more = shortfalls.Count > 4 ? $" and {shortfalls.Count - 4} more" : string.Empty;
                var worst = shortfalls.Max(s => Math.Abs(s.Plan - s.Target));
                var tolerance = rule.Tolerance > 0 ? $" by more than the tolerance of {CoherenceSetting.Tolerance(rule, analysis)}" : string.Empty;
                yield return Finding(org, rule, [metric],
                    $"the {m.Name} plan falls short of the target{tolerance} in {Count(shortfalls.Count, "month")}, by up to {FigureFormat.FormatChange(worst, m).TrimStart('+')}: {list}{more}",
                    shortfalls.SelectMany(s => Lines(provenance, org, metric, FigureSeries.Plan, s.Period, s.Period)
                        .Concat(Lines(provenance, org, metric, FigureSeries.Target, s.Period, s.Period))));
            }
        }
    }

    /// <summary>The plan year's growth over the actuals of the 12 months before it; null when it cannot be judged.</summary>
    private static (double Percent, Period First, Period Last)? PlanGrowth(AnalysisModel analysis, string org, string metric)
    {
        var plan = analysis.Plan(org, metric);
        if (plan.LatestValue(plan.End) is not { } last)
        {
            return null;
        }

        var first = plan.Start > last.Period.AddMonths(-11) ? plan.Start : last.Period.AddMonths(-11);
        var months = last.Period.MonthsSince(first) + 1;
        var planned = plan.Between(first, last.Period).ToList();
        var baseline = analysis.Actual(org, metric).Between(first.AddMonths(-months), first.AddMonths(-1)).ToList();
        if (planned.Any(p => !p.Value.HasValue) || baseline.Any(p => !p.Value.HasValue))
        {
            return null;
        }

        var before = baseline.Sum(p => p.Value.Number);
        return before == 0 ? null : ((planned.Sum(p => p.Value.Number) - before) / Math.Abs(before) * 100, first, last.Period);
    }

    internal static IEnumerable<SourceLocation> Lines(ProvenanceIndex provenance, string org, string metric, FigureSeries series, Period from, Period to)
    {
        foreach (var period in new[] { from, to }.Distinct())
        {
            foreach (var location in provenance.Lookup(org, metric, period, series).Locations)
            {
                yield return location;
            }
        }
    }

    internal static CoherenceFinding Finding(string org, CoherenceRule rule, IReadOnlyList<string> metrics, string message, IEnumerable<SourceLocation> lines) =>
        new(org, rule, metrics, message, [.. lines.Distinct().OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.Line)]);

    private static string Name(AnalysisModel analysis, string metric) => analysis.FindMetric(metric)?.Name ?? metric;

    private static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Percent(value);

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n.ToString(CultureInfo.InvariantCulture)} {noun}s";
}
