using System.Text;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>Builds the chart slots of one organisation's metric: SPC, plan against actual, demand and capacity, and projections.</summary>
public static class SeriesViews
{
    /// <summary>The SPC chart slot: description, data table (absent months by their label) and CSV.</summary>
    public static ChartView Spc(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var spc = analysis.Spc(org.Code, metric.Id);
        var rows = spc.Points.Select(p => (IReadOnlyList<string>)
        [
            p.Period.ToShortDisplay(),
            FigureFormat.Format(p.Value, metric),
            Optional(p.Mean, metric),
            Optional(p.Lpl, metric),
            Optional(p.Upl, metric),
            Optional(p.Target, metric),
            Signal(p),
        ]).ToList();
        return new ChartView(
            $"spc-{metric.Id}-{org.Code}",
            $"{metric.Name}, {org.Name}: SPC chart",
            DescribeSpc(analysis, org, metric, spc),
            null,
            ["Month", "Value", "Mean", "Lower limit", "Upper limit", "Target", "Signal"],
            rows,
            context.Url(DataRoutes.SeriesCsv(org.Code, metric.Id)),
            Wording.IsIllustrative(metric));
    }

    /// <summary>Plan against actual over the months with a plan; null when there is no plan.</summary>
    public static ChartView? PlanVsActual(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var plan = analysis.Plan(org.Code, metric.Id);
        if (plan.IsEmpty || plan.All(p => !p.Value.HasValue))
        {
            return null;
        }

        var actual = analysis.Actual(org.Code, metric.Id);
        var rows = plan.Select(p => (IReadOnlyList<string>)
        [
            p.Period.ToShortDisplay(),
            p.Period > analysis.ReportingPeriod ? "not yet reported" : FigureFormat.Format(actual.At(p.Period), metric),
            FigureFormat.Format(p.Value, metric),
        ]).ToList();
        var gaps = analysis.Gaps(org.Code, metric.Id);
        var description = gaps.PlanMonth is { } month
            ? $"{metric.Name}, {org.Name}, {month.To.ToShortDisplay()}: {FigureFormat.Format(month.Actual, metric)} against a plan of {FigureFormat.Format(month.Comparator, metric)} ({FigureFormat.FormatChange(month.Size, metric)}{Suffix(Wording.DirectionWord(month.Direction))})."
            : $"{metric.Name}, {org.Name}: the plan trajectory from {Wording.Months(plan.Start, plan.End)}; there is no actual figure to compare in the latest month.";
        if (gaps.PlanYearToDate is { } ytd)
        {
            description += $" Year to date ({Wording.Months(ytd.From, ytd.To)}): {FigureFormat.Format(ytd.Actual, metric)} against {FigureFormat.Format(ytd.Comparator, metric)} planned.";
        }

        return new ChartView($"plan-{metric.Id}-{org.Code}", $"{metric.Name}, {org.Name}: plan and actual", description, null,
            ["Month", "Actual", "Plan"], rows, context.Url(DataRoutes.SeriesCsv(org.Code, metric.Id)), Wording.IsIllustrative(metric));
    }

    /// <summary>Capacity against the demand it meets, month by month; null for metrics without that relationship.</summary>
    public static ChartView? DemandCapacity(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var gaps = analysis.Gaps(org.Code, metric.Id);
        if (metric.MeetsDemand is not { } demandId || gaps.DemandCapacity.Count == 0 || analysis.FindMetric(demandId) is not { } demand)
        {
            return null;
        }

        var rows = gaps.DemandCapacity.Select(g => (IReadOnlyList<string>)
        [
            g.From.ToShortDisplay(),
            FigureFormat.Format(g.Actual, metric),
            FigureFormat.Format(g.Comparator, demand),
            FigureFormat.FormatChange(g.Size, metric),
        ]).ToList();
        var latest = gaps.DemandCapacity[^1];
        var shortMonths = gaps.DemandCapacity.Count(g => g.Size < 0);
        var description = $"{metric.Name} against {demand.Name}, {org.Name}, {latest.From.ToShortDisplay()}: {FigureFormat.Format(latest.Actual, metric)} against {FigureFormat.Format(latest.Comparator, demand)} ({FigureFormat.FormatChange(latest.Size, metric)}). Capacity fell short of demand in {shortMonths} of {gaps.DemandCapacity.Count} months.";
        return new ChartView($"demand-{metric.Id}-{org.Code}", $"{metric.Name} against {demand.Name}, {org.Name}", description, null,
            ["Month", metric.Name, demand.Name, "Capacity − demand"], rows, context.Url(DataRoutes.SeriesCsv(org.Code, metric.Id)), Wording.IsIllustrative(metric) || Wording.IsIllustrative(demand));
    }

    /// <summary>The current trend and each scenario projected to the horizon; null when there were too few figures to project.</summary>
    public static ChartView? Projections(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var set = analysis.Projections(org.Code, metric.Id);
        var all = set.All.ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var months = all.SelectMany(p => p.Points.Select(x => x.Period)).Distinct().Order().ToList();
        var rows = months.Select(m => (IReadOnlyList<string>)
        [
            m.ToShortDisplay(),
            .. all.Select(p => p.Points.FirstOrDefault(x => x.Period == m) is { Period.Year: > 0 } point ? FigureFormat.Format(point.Value, metric) : "—"),
        ]).ToList();
        var parts = all.Select(p => $"{p.Name} {FigureFormat.Format(p.AtHorizon.Value, metric)} by {p.AtHorizon.Period.ToShortDisplay()}");
        var target = all.FirstOrDefault(p => p.TargetAtHorizon is not null)?.TargetAtHorizon;
        var description = $"{metric.Name}, {org.Name}, projected from the latest 12 months: {string.Join("; ", parts)}." +
            (target is { } t ? $" The target then is {FigureFormat.Format(t, metric)}." : string.Empty);
        return new ChartView($"projection-{metric.Id}-{org.Code}", $"{metric.Name}, {org.Name}: projections", description, null,
            ["Month", .. all.Select(p => p.Name)], rows, context.Url(DataRoutes.ProjectionsCsv(org.Code, metric.Id)), true);
    }

    /// <summary>
    /// A sentence a leader can read instead of the chart, such as "Four-hour A&amp;E performance, Leeds (RR8), Mar 2019: 84.1%,
    /// below the 95.0% target. Special cause concern since Nov 2018. Hit and miss against the target."
    /// </summary>
    public static string DescribeSpc(AnalysisModel analysis, Organisation org, Metric metric, SpcResult spc)
    {
        var latestIndex = -1;
        for (var i = spc.Points.Count - 1; i >= 0; i--)
        {
            if (spc.Points[i].Value.HasValue)
            {
                latestIndex = i;
                break;
            }
        }

        if (latestIndex < 0)
        {
            return $"{metric.Name}, {org.Name} ({org.Code}): no figures have been submitted, so there is no chart.";
        }

        var latest = spc.Points[latestIndex];
        var text = new StringBuilder($"{metric.Name}, {org.Name} ({org.Code}), {latest.Period.ToShortDisplay()}: {FigureFormat.Format(latest.Value, metric)}");
        if (latest.Target is { } target)
        {
            var side = latest.Value.Number > target ? "above" : latest.Value.Number < target ? "below" : "on";
            text.Append($", {side} the {FigureFormat.Format(target, metric)} target");
        }

        text.Append(". ").Append(Wording.Variation(spc.Variation).Sentence);
        if (latest.SpecialCause != SpecialCause.None)
        {
            var start = latestIndex;
            for (var i = latestIndex - 1; i >= 0; i--)
            {
                if (spc.Points[i].Value.HasValue)
                {
                    if (spc.Points[i].SpecialCause != latest.SpecialCause)
                    {
                        break;
                    }

                    start = i;
                }
            }

            if (start < latestIndex)
            {
                text.Append(" (every month since ").Append(spc.Points[start].Period.ToShortDisplay()).Append(')');
            }
        }

        text.Append(". ");
        if (spc.Assurance != AssuranceIcon.None)
        {
            text.Append(Wording.Assurance(spc.Assurance).Sentence).Append(". ");
        }

        var absent = spc.Points.Count(p => !p.Value.HasValue);
        if (absent > 0)
        {
            text.Append($"{absent} {(absent == 1 ? "month has" : "months have")} no figure and {(absent == 1 ? "is" : "are")} shown as a gap. ");
        }

        if (spc.ShortSeries)
        {
            text.Append("Fewer than 13 figures since the last re-base: the limits are provisional. ");
        }

        return text.ToString().TrimEnd();
    }

    private static string Optional(double? value, Metric metric) => value is { } v ? FigureFormat.Format(v, metric) : "—";

    private static string Suffix(string word) => word.Length > 0 ? ", " + word : string.Empty;

    private static string Signal(SpcPoint point)
    {
        if (!point.Value.HasValue || point.SpecialCause == SpecialCause.None)
        {
            return point.Value.HasValue ? "Common cause" : "—";
        }

        var rule = point.Rule switch
        {
            SpcRule.OutsideLimits => "outside the limits",
            SpcRule.Trend => "trend",
            SpcRule.TwoInThree => "two of three close to a limit",
            SpcRule.Shift => "shift",
            _ => string.Empty,
        };
        var cause = point.SpecialCause switch
        {
            SpecialCause.Improvement => "Improvement",
            SpecialCause.Concern => "Concern",
            _ => "Special cause",
        };
        return rule.Length > 0 ? $"{cause}: {rule}" : cause;
    }
}
