using IbpPortal.Analyse.Series;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>Works out the planning intelligence from the analysis and the plan data (pure): credibility of every plan, and who drives each ICB's gap.</summary>
public static class PlanningAnalyser
{
    /// <summary>The source word of a planned month from <c>plans.csv</c>.</summary>
    public const string PlanSource = "plan";

    /// <summary>Analyses every organisation and measure.</summary>
    public static PlanningResults Analyse(PlanData data, AnalysisModel analysis)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(analysis);
        var england = analysis.Metrics.ToDictionary(m => m.Id, m => NationalBest.Of(data, m), StringComparer.Ordinal);
        var credibility = new Dictionary<OrgMetricKey, MeasureCredibility>();
        foreach (var org in analysis.Organisations)
        {
            foreach (var metric in analysis.Metrics.Where(m => m.Improvement != Improvement.Neutral))
            {
                var best = org.Type == OrgType.Trust && org.PeerGroup.Contains("acute", StringComparison.OrdinalIgnoreCase) ? england[metric.Id] : null;
                if (Judge(analysis, org, metric, best) is { } judged)
                {
                    credibility[new OrgMetricKey(org.Code, metric.Id)] = judged;
                }
            }
        }

        var contributions = analysis.Icbs.ToDictionary(i => i.Code, i => (IReadOnlyList<GapContribution>)Contributions(analysis, i), StringComparer.Ordinal);
        return new PlanningResults(credibility, contributions);
    }

    /// <summary>The process of an organisation's measure: the latest segment with limits, the own best, any improving trend; null without limits.</summary>
    public static ProcessLevel? Process(AnalysisModel analysis, Organisation org, Metric metric, NationalBest? england)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(metric);
        var spc = analysis.Spc(org.Code, metric.Id);
        if (spc.Segments.Count == 0 || spc.Segments[^1] is not { Mean: { } mean, Upl: { } upl, Lpl: { } lpl, NoVariation: false } segment)
        {
            return null;
        }

        var values = spc.Points.Where(p => p.Value.HasValue).ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var sign = PlanCredibility.Sign(metric.Improvement);
        var own = values.OrderByDescending(p => sign * p.Value.Number).ThenBy(p => p.Period).First();
        var trend = values.Where(p => p.Segment == segment.Index).TakeLast(6).Any(p => p.Rule == SpcRule.Trend && p.SpecialCause == SpecialCause.Improvement);
        return new ProcessLevel(mean, upl, lpl, values[^1].Period, own.Value.Number, own.Period,
            england?.Value, england?.Label, england?.Scope, trend);
    }

    private static MeasureCredibility? Judge(AnalysisModel analysis, Organisation org, Metric metric, NationalBest? england)
    {
        var plan = analysis.Plan(org.Code, metric.Id);
        if (Process(analysis, org, metric, england) is not { } process)
        {
            return null;
        }

        var planned = plan.Where(p => p.Value.HasValue).Select(p => (p.Period, p.Value.Number)).ToList();
        var end = planned.Count > 0 ? planned[^1].Period : process.LatestActual.AddMonths(12);
        var trajectory = new List<(Period, double)>();
        var words = new Dictionary<TargetKind, string> { [TargetKind.Trajectory] = "trajectory", [TargetKind.Everyone] = "target" };
        for (var p = process.LatestActual.AddMonths(1); p <= end; p = p.AddMonths(1))
        {
            if (analysis.TargetBasis(org.Code, metric.Id, p) is { Value: { } value } basis && words.ContainsKey(basis.Kind))
            {
                trajectory.Add((p, value));
            }
        }

        var months = PlanCredibility.Judge(metric, process, planned, PlanSource)
            .Concat(trajectory.GroupBy(t => analysis.TargetBasis(org.Code, metric.Id, t.Item1).Kind)
                .SelectMany(g => PlanCredibility.Judge(metric, process, g, words[g.Key])))
            .ToList();
        if (months.Count == 0)
        {
            return null;
        }

        var history = analysis.Actual(org.Code, metric.Id).Where(p => p.Value.HasValue).Select(p => (p.Period, p.Value.Number)).ToList();
        return new MeasureCredibility(metric, process, months, PlanCredibility.Pace(metric, process, planned, history));
    }

    private static List<GapContribution> Contributions(AnalysisModel analysis, Organisation icb)
    {
        var result = new List<GapContribution>();
        var trusts = analysis.TrustsOf(icb.Code);
        foreach (var metric in analysis.Metrics.Where(m => m.Improvement != Improvement.Neutral && (m.IsRatio || m.Unit == Unit.Count)))
        {
            if (analysis.Actual(icb.Code, metric.Id).LatestValue(analysis.ReportingPeriod) is not { } latest
                || analysis.Target(icb.Code, metric.Id, latest.Period) is not { } target)
            {
                continue;
            }

            var period = latest.Period;
            if (metric.IsRatio)
            {
                var num = analysis.FindMetric(metric.Numerator!)!;
                var rows = trusts
                    .Select(t => (t.Code, t.Name, N: analysis.Actual(t.Code, num.Id).At(period), D: analysis.Actual(t.Code, metric.Denominator!).At(period)))
                    .Where(t => t.N.HasValue && t.D.HasValue)
                    .Select(t => (t.Code, t.Name, t.N.Number, t.D.Number))
                    .ToList();
                if (rows.Count > 0)
                {
                    var label = metric.Improvement == Improvement.Increase
                        ? $"fewer {num.Name.ToLowerInvariant()} than {FigureFormat.Format(target, metric)} needs"
                        : $"more {num.Name.ToLowerInvariant()} than {FigureFormat.Format(target, metric)} allows";
                    result.Add(GapContributions.ForRatio(metric, period, target, rows, label));
                }
            }
            else
            {
                var rows = trusts
                    .Select(t => (t.Code, t.Name, Now: analysis.Actual(t.Code, metric.Id).At(period), Before: analysis.Actual(t.Code, metric.Id).At(period.AddMonths(-12))))
                    .Where(t => t.Now.HasValue && t.Before.HasValue)
                    .Select(t => (t.Code, t.Name, t.Now.Number, t.Before.Number))
                    .ToList();
                if (rows.Count > 0)
                {
                    result.Add(GapContributions.ForCount(metric, period, rows, $"of adverse change in {metric.Name.ToLowerInvariant()} since {period.AddMonths(-12).ToLongDisplay()}"));
                }
            }
        }

        return result;
    }
}
