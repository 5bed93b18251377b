using IbpPortal.Analyse.Series;
using IbpPortal.Analyse;
using IbpPortal.Charts;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>Builds the chart slots of one organisation's metric: SPC, plan against actual, demand and capacity, and projections.</summary>
/// <remarks>Each chart is drawn here, once, while the page's model is built (pages render in parallel).</remarks>
public static class SeriesViews
{
    private const string None = "—";

    /// <summary>The SPC chart slot with its variation and assurance icons: chart, description, data table (absent months by their label) and CSV.</summary>
    public static ChartView Spc(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var spc = analysis.Spc(org.Code, metric.Id);
        var data = SpcDrawings.Data(analysis, org, metric);
        var id = $"spc-{metric.Id}-{org.Code}";
        var rows = SpcTable.Rows(data).Select(r => (IReadOnlyList<string>)
            [r.PeriodLabel, r.Value, Dash(r.Mean), Dash(r.Lower), Dash(r.Upper), Dash(r.Target), Dash(r.Signal)]).ToList();
        using var lease = SpcDrawings.Get(context.Charts, analysis, org, metric);
        var drawing = lease.Value;
        var narrow = ChartMarkup.NarrowSvg(SpcChartBuilder.Build(data, PhoneChart.Size), id, drawing.Description);
        return new ChartView(
            id,
            drawing.Title,
            drawing.Description,
            drawing.ToSvg(ChartMarkup.SvgId(id), drawing.Description).Markup,
            ["Month", "Value", "Mean", "Lower limit", "Upper limit", "Target", "Signal"],
            rows,
            context.Url(DataRoutes.SeriesCsv(org.Code, metric.Id)),
            Wording.IsIllustrative(metric),
            spc.Points.Any(p => p.Value.HasValue) ? [Wording.Variation(spc.Variation), Wording.Assurance(spc.Assurance)] : null,
            narrow);
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
        var reported = plan.Select(p => p.Period > analysis.ReportingPeriod ? p with { Value = DataValue.Missing } : p with { Value = actual.At(p.Period) }).ToList();

        // A target line is drawn only when one target holds over the whole plan; the table always gives each month's.
        var targets = plan.Select(p => analysis.Target(org.Code, metric.Id, p.Period)).ToList();
        var target = targets.Distinct().Count() == 1 ? targets[0] : null;
        var withTargets = targets.Any(t => t.HasValue);
        var scale = FigureFormat.ScaleFor(reported.Concat(plan).Where(p => p.Value.HasValue).Select(p => p.Value.Number));
        var rows = plan.Select((p, i) => (IReadOnlyList<string>)
        [
            p.Period.ToShortDisplay(),
            p.Period > analysis.ReportingPeriod ? "not yet reported" : FigureFormat.Format(reported[i].Value, metric, scale),
            FigureFormat.Format(p.Value, metric, scale),
            .. withTargets ? [Wording.Figure(targets[i], metric)] : Array.Empty<string>(),
        ]).ToList();

        var gaps = analysis.Gaps(org.Code, metric.Id);
        var description = gaps.PlanMonth is { } month
            ? $"{metric.Name}, {org.Name}, {month.To.ToShortDisplay()}: {FigureFormat.Format(month.Actual, metric)} against a plan of {FigureFormat.Format(month.Comparator, metric)} ({FigureFormat.FormatChange(month.Size, metric)}{Suffix(Wording.DirectionWord(month.Direction))})."
            : $"{metric.Name}, {org.Name}: the plan trajectory from {Wording.Months(plan.Start, plan.End)}; there is no actual figure to compare in the latest month.";
        if (gaps.PlanYearToDate is { } ytd)
        {
            description += $" Year to date ({Wording.Months(ytd.From, ytd.To)}): {FigureFormat.Format(ytd.Actual, metric)} against {FigureFormat.Format(ytd.Comparator, metric)} planned.";
        }

        if (plan.LastOrDefault(p => p.Period <= analysis.ReportingPeriod && analysis.Target(org.Code, metric.Id, p.Period) is not null) is { Period.Year: > 0 } targeted)
        {
            var named = Wording.Target(analysis.TargetBasis(org.Code, metric.Id, targeted.Period), metric);
            description += $" {char.ToUpperInvariant(named[0])}{named[1..]}.";
        }

        var id = $"plan-{metric.Id}-{org.Code}";
        var chart = new TrajectoryChartData(
            $"{metric.Name}, {org.Name}", metric, org.Name, ChartMarkup.Series(reported), ChartMarkup.Series(plan), target);
        var drawing = TrajectoryChartBuilder.Build(chart);
        return new ChartView(id, drawing.Title, description, ChartMarkup.Svg(drawing, id, description),
            ["Month", "Actual", "Plan", .. withTargets ? ["Target"] : Array.Empty<string>()], rows,
            context.Url(DataRoutes.SeriesCsv(org.Code, metric.Id)), Wording.IsIllustrative(metric),
            NarrowSvg: ChartMarkup.NarrowSvg(TrajectoryChartBuilder.Build(chart, PhoneChart.Size), id, description));
    }

    /// <summary>Capacity against the demand it meets, month by month; null for metrics without that relationship.</summary>
    public static ChartView? DemandCapacity(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var gaps = analysis.Gaps(org.Code, metric.Id);
        if (metric.MeetsDemand is not { } demandId || gaps.DemandCapacity.Count == 0 || analysis.FindMetric(demandId) is not { } demand)
        {
            return null;
        }

        var (from, to) = (gaps.DemandCapacity[0].From, gaps.DemandCapacity[^1].From);
        var capacitySeries = analysis.Actual(org.Code, metric.Id).Between(from, to).ToList();
        var demandSeries = analysis.Actual(org.Code, demand.Id).Between(from, to).ToList();
        var byMonth = gaps.DemandCapacity.ToDictionary(g => g.From);
        var rows = capacitySeries.Select((c, i) => (IReadOnlyList<string>)
        [
            c.Period.ToShortDisplay(),
            FigureFormat.Format(c.Value, metric),
            FigureFormat.Format(demandSeries[i].Value, demand),
            byMonth.TryGetValue(c.Period, out var g) ? FigureFormat.FormatChange(g.Size, metric) : None,
        ]).ToList();
        var latest = gaps.DemandCapacity[^1];
        var shortMonths = gaps.DemandCapacity.Count(g => g.Size < 0);
        var description = $"{metric.Name} against {demand.Name}, {org.Name}, {latest.From.ToShortDisplay()}: {FigureFormat.Format(latest.Actual, metric)} against {FigureFormat.Format(latest.Comparator, demand)} ({FigureFormat.FormatChange(latest.Size, metric)}). Capacity fell short of demand in {shortMonths} of {gaps.DemandCapacity.Count} months; those months are shaded.";

        var id = $"demand-{metric.Id}-{org.Code}";
        var chart = new DemandCapacityChartData(
            $"{demand.Name} and {metric.Name}, {org.Name}", demand, metric, org.Name, ChartMarkup.Series(demandSeries), ChartMarkup.Series(capacitySeries));
        var drawing = DemandCapacityChartBuilder.Build(chart);
        return new ChartView(id, drawing.Title, description, ChartMarkup.Svg(drawing, id, description),
            ["Month", metric.Name, demand.Name, "Capacity − demand"], rows,
            context.Url(DataRoutes.DemandCapacityCsv(org.Code, metric.Id)), Wording.IsIllustrative(metric) || Wording.IsIllustrative(demand),
            NarrowSvg: ChartMarkup.NarrowSvg(DemandCapacityChartBuilder.Build(chart, PhoneChart.Size), id, description));
    }

    /// <summary>The latest actual months, then the baseline and each scenario projected to the horizon; null when there were too few figures to project.</summary>
    public static ChartView? Projections(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var set = analysis.Projections(org.Code, metric.Id);
        var all = set.All.ToList();
        if (all.Count == 0)
        {
            return null;
        }

        var history = RecentActuals(analysis, org, metric);
        var months = all.SelectMany(p => p.Points.Select(x => x.Period)).Distinct().Order().ToList();
        var scale = FigureFormat.ScaleFor(history.Where(h => h.Value.HasValue).Select(h => h.Value.Number).Concat(all.SelectMany(p => p.Points.Select(x => x.Value))));
        var rows = history.Select(h => (IReadOnlyList<string>)
            [h.Period.ToShortDisplay(), FigureFormat.Format(h.Value, metric, scale), .. all.Select(_ => None)]).ToList();
        rows.AddRange(months.Select(m => (IReadOnlyList<string>)
        [
            m.ToShortDisplay(),
            None,
            .. all.Select(p => p.Points.FirstOrDefault(x => x.Period == m) is { Period.Year: > 0 } point ? FigureFormat.Format(point.Value, metric, scale) : None),
        ]));
        var parts = all.Select(p => $"{p.Name} {FigureFormat.Format(p.AtHorizon.Value, metric)} by {p.AtHorizon.Period.ToShortDisplay()}");
        var target = all.FirstOrDefault(p => p.TargetAtHorizon is not null)?.TargetAtHorizon;
        var description = $"{metric.Name}, {org.Name}: the latest {history.Count} months, then projections starting from the latest figure, on its recent level and seasonal pattern: {string.Join("; ", parts)}." +
            (target is { } t ? $" The target then is {FigureFormat.Format(t, metric)}." : string.Empty);

        var id = $"projection-{metric.Id}-{org.Code}";
        var lines = all.Select(p => new ScenarioLine(p.Name, [.. p.Points.Select(x => new SeriesPoint(x.Period, DataValue.Of(x.Value)))])).ToList();
        var chart = new ScenarioChartData($"{metric.Name}, {org.Name}", metric, org.Name, ChartMarkup.Series(history), lines, target);
        var drawing = ScenarioChartBuilder.Build(chart);
        return new ChartView(id, drawing.Title, description, ChartMarkup.Svg(drawing, id, description),
            ["Month", "Actual", .. all.Select(p => p.Name)], rows, context.Url(DataRoutes.ProjectionsCsv(org.Code, metric.Id)), true,
            NarrowSvg: ChartMarkup.NarrowSvg(ScenarioChartBuilder.Build(chart, PhoneChart.Size), id, description));
    }

    /// <summary>The actual months a projection chart shows before its projections: up to twelve, ending with the latest figure.</summary>
    internal static IReadOnlyList<SeriesPoint> RecentActuals(AnalysisModel analysis, Organisation org, Metric metric)
    {
        var actual = analysis.Actual(org.Code, metric.Id);
        if (actual.LatestValue(analysis.CutOff.Of(metric.Id)) is not { } latest)
        {
            return [];
        }

        var start = latest.Period.AddMonths(1 - ScenarioChartBuilder.ActualMonths);
        return [.. actual.Between(start < actual.Start ? actual.Start : start, latest.Period)];
    }

    private static string Dash(string cell) => cell.Length == 0 ? None : cell;

    private static string Suffix(string word) => word.Length > 0 ? ", " + word : string.Empty;
}
