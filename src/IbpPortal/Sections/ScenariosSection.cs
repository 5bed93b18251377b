using IbpPortal.Analyse;
using IbpPortal.Load;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>Plans <c>/scenarios/</c>: each scenario's assumptions and, for every measure it adjusts, the projected gap at the horizon per organisation.</summary>
public sealed class ScenariosSection(AnalysisModel analysis) : ISiteSection
{
    private readonly AnalysisModel _analysis = SectionInput.Required(analysis, nameof(ScenariosSection), "the plan data's analysis");


    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        var analysis = _analysis;

        plan.AddPage(new PlannedPage
        {
            Route = DataRoutes.Scenarios,
            Title = "Scenarios",
            Layout = "scenarios",
            Description = "What happens to each measure if things carry on as they are, and under each planning scenario: projections to the horizon and the gap to target.",
            Section = "scenarios",
            Source = new Diagnostics.SourceLocation("data/scenarios.yml", 0),
            Breadcrumbs = [new Crumb("Home", "/")],
            SearchFilter = "Benchmarking",
            Model = ctx => Model(ctx, analysis),
        });
    }

    private static ScenariosPageView Model(RenderContext context, AnalysisModel analysis) => new(
        Period: analysis.ReportingPeriod.ToLongDisplay(),
        MethodologyUrl: context.Plan.Has(DataRoutes.Methodology) ? context.Url(DataRoutes.Methodology + "#projections") : null,
        Scenarios: [.. analysis.Scenarios.Select(scenario => new ScenarioView(
            scenario.Id,
            scenario.Name,
            scenario.Description,
            scenario.HorizonMonths == 1 ? "1 month" : $"{scenario.HorizonMonths} months",
            [.. scenario.Adjustments.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new ScenarioAdjustmentView(
                analysis.FindMetric(a.Key)?.Name ?? a.Key,
                FormattableString.Invariant($"{a.Value:+0.#;-0.#}% a year")))]))],

        // One section per measure a scenario moves: a chart of every projection against plan and target, then each scenario's table.
        Measures: [.. analysis.Metrics
            .Select(metric => (Metric: metric, Moving: analysis.Scenarios.Select((s, i) => (s, i)).Where(x => Moves(x.s, metric)).Select(x => x.i).ToList()))
            .Where(m => m.Moving.Count > 0)
            .OrderBy(m => m.Metric.Id, StringComparer.Ordinal)
            .Select(m => new ScenarioMeasureView(
                m.Metric.Name,
                "measure-" + m.Metric.Id,
                context.Url(DataRoutes.Metric(m.Metric.Id)),
                Wording.IsIllustrative(m.Metric),
                ScenarioComparisonView.Build(analysis, m.Metric, m.Moving),
                [.. m.Moving.Select(index => Table(context, analysis, analysis.Scenarios[index], index, m.Metric))]))]);

    private static ScenarioTableView Table(RenderContext context, AnalysisModel analysis, Model.Scenario scenario, int index, Model.Metric metric) => new(
        metric.Name,
        scenario.Name,
        scenario.Id,
        $"{scenario.Id}-{metric.Id}",
        Wording.IsIllustrative(metric),
        context.Url(DataRoutes.Metric(metric.Id)),
        [.. analysis.Organisations.Select(org => Row(context, analysis, scenario, index, metric, org)).Where(r => r.HasData)]);

    private static ScenarioRowView Row(RenderContext context, AnalysisModel analysis, Model.Scenario scenario, int index, Model.Metric metric, Model.Organisation org)
    {
        var set = analysis.Projections(org.Code, metric.Id);
        var projection = index < set.Scenarios.Count ? set.Scenarios[index] : null;
        var latest = analysis.Actual(org.Code, metric.Id).LatestValue(analysis.ReportingPeriod);
        return new ScenarioRowView(
            org.Name,
            org.Code,
            context.Url(DataRoutes.Organisation(org.Code)),
            Latest: latest is { } l ? FigureFormat.Format(l.Value, metric) : "no figures",
            Trend: set.Baseline is { } b ? FigureFormat.Format(b.Points[Math.Min(scenario.HorizonMonths, b.Points.Count) - 1].Value, metric) : "—",
            Projected: projection is null ? "too few figures to project" : FigureFormat.Format(projection.AtHorizon.Value, metric),
            Plan: projection?.PlanAtHorizon is { } pl ? FigureFormat.Format(pl, metric) : "none",
            Target: projection?.TargetAtHorizon is { } t ? FigureFormat.Format(t, metric) : "none",
            Gap: projection?.GapToTarget is { } g ? FigureFormat.FormatChange(g.Size, metric) : "—",
            Direction: projection?.GapToTarget is { } gd ? Wording.DirectionWord(gd.Direction) : string.Empty,
            Tone: projection?.GapToTarget is { } gt ? Wording.Tone(gt.Direction) : "grey",
            HasData: latest is not null);
    }

    /// <summary>True when the scenario adjusts the metric itself or, for a ratio metric, its numerator or denominator.</summary>
    private static bool Moves(Model.Scenario scenario, Model.Metric metric) =>
        scenario.Adjustments.ContainsKey(metric.Id)
        || (metric.IsRatio && (scenario.Adjustments.ContainsKey(metric.Numerator!) || scenario.Adjustments.ContainsKey(metric.Denominator!)));
}
