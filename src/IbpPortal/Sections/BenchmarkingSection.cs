using IbpPortal.Analyse;
using IbpPortal.Analyse.Planning;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>Plans <c>/benchmarking/</c> (metrics by domain), a page per metric, and each metric's CSV and JSON downloads.</summary>
public sealed class BenchmarkingSection(AnalysisModel analysis, PlanningResults planning) : ISiteSection
{
    private readonly AnalysisModel _analysis = SectionInput.Required(analysis, nameof(BenchmarkingSection), "the plan data's analysis");


    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        var analysis = _analysis;

        var crumbs = new List<Crumb> { new("Home", "/") };
        plan.AddPage(new PlannedPage
        {
            Route = DataRoutes.Benchmarking,
            Title = "Benchmarking",
            Layout = "benchmarking",
            Description = "Every measure compared across trusts and ICBs: where each organisation ranks, its quartile, the median, and where it stands in England.",
            Section = "benchmarking",
            Source = new SourceLocation("data/metrics.csv", 0),
            Breadcrumbs = crumbs,
            SearchFilter = "Benchmarking",
            Model = ctx => IndexModel(ctx, analysis),
        });

        foreach (var metric in analysis.Metrics)
        {
            plan.AddPage(new PlannedPage
            {
                Route = DataRoutes.Metric(metric.Id),
                Title = metric.Name,
                Layout = "metric",
                Description = $"{metric.Name}: every trust and ICB ranked for {analysis.ReportingPeriod.ToLongDisplay()}, with quartiles, peer groups, the median and the rank among acute trusts in England where published figures allow.",
                Section = "benchmarking",
                Source = metric.Source,
                Breadcrumbs = [.. crumbs, new Crumb("Benchmarking", DataRoutes.Benchmarking)],
                SearchFilter = "Benchmarking",
                Model = ctx => MetricPageModel.Build(ctx, analysis, input.Data, planning, metric),
            });
            plan.AddFile(new PlannedFile(DataRoutes.MetricCsv(metric.Id), _ => DataDownloads.MetricCsv(analysis, metric)));
            plan.AddFile(new PlannedFile(DataRoutes.MetricJson(metric.Id), _ => DataDownloads.MetricJson(analysis, metric)));
        }
    }

    private static BenchmarkingIndexView IndexModel(RenderContext context, AnalysisModel analysis) => new(
        analysis.ReportingPeriod.ToLongDisplay(),
        [.. analysis.MetricsByDomain.Select(d => new BenchmarkDomainView(
            Wording.DomainName(d.Domain),
            "domain-" + d.Domain.ToString().ToLowerInvariant(),
            [.. d.Metrics.Select(m => Measure(context, analysis, m))]))]);

    private static BenchmarkMeasureView Measure(RenderContext context, AnalysisModel analysis, Metric m)
    {
        var latest = analysis.LatestPeriod(m.Id);
        var trusts = analysis.Benchmark(m.Id, latest).Trusts;
        return new BenchmarkMeasureView(
            m.Name,
            context.Url(DataRoutes.Metric(m.Id)),
            Median: trusts.Median is { } median ? FigureFormat.Format(median, m) + LatestMonth.Suffix(latest, analysis.ReportingPeriod, m.Frequency) : "no figures",
            Ranked: trusts.Count,
            Direction: Wording.Direction(m.Improvement),
            Target: m.Target is { } t ? FigureFormat.Format(t, m) : null,
            Illustrative: Wording.IsIllustrative(m));
    }
}
