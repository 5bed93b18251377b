using IbpPortal.Analyse;
using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Analyse.Planning;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections.Planning;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>The model of a metric's benchmark page: definition, charts, the trust and ICB tables, and peer-group tables.</summary>
internal static class MetricPageModel
{
    public static MetricPageView Build(RenderContext context, AnalysisModel analysis, PlanData data, PlanningResults planning, Metric metric)
    {
        var period = analysis.LatestPeriod(metric.Id);
        var benchmark = analysis.Benchmark(metric.Id, period);
        var trusts = BenchmarkViews.Table(context, analysis, metric, period, OrgType.Trust, "table-trusts");
        var icbs = BenchmarkViews.Table(context, analysis, metric, period, OrgType.Icb, "table-icbs");
        var peerGroups = BenchmarkViews.PeerGroups(trusts, benchmark.Trusts, benchmark.Compared);
        var chartData = BenchmarkViews.ChartData(benchmark.Trusts, benchmark.Compared, period);
        var ranked = benchmark.Trusts.Withheld == RankWithheld.None;
        return new MetricPageView(
            Metric: Definition(analysis, metric),
            Period: metric.Frequency == MetricFrequency.Quarterly ? period.ToQuarterDisplay() : period.ToLongDisplay(),
            Lede: LatestMonth.Lede(period, analysis.ReportingPeriod, metric.Frequency),
            Listed: benchmark.Trusts.Rows.Count,
            Trusts: trusts,
            Icbs: icbs.Rows.Count > 0 ? icbs : null,
            Ranked: ranked,
            Note: trusts.Note,
            Compared: benchmark.Measure is { } measure ? measure.Name : null,
            Ranking: ranked ? BenchmarkViews.Ranking(trusts, benchmark.Trusts, benchmark.Compared, chartData) : null,
            Distribution: ranked ? BenchmarkViews.Distribution(trusts, benchmark.Trusts, benchmark.Compared, chartData) : null,
            England: EnglandView.Build(context, analysis, data, metric),
            Credibility: Credibility(context, analysis, planning, metric),
            PeerGroups: [.. peerGroups.Select(g => new PeerGroupTableView(
                g.Name,
                g.Median,
                trusts with { Id = "table-" + g.Id, Caption = $"{metric.Name}: {g.Name} trusts, {period.ToShortDisplay()}", Rows = g.Rows, CsvUrl = null, Median = g.Median, Note = trusts.Note + " Ranks are among all trusts, not only this peer group." }))],
            CsvUrl: context.Url(DataRoutes.MetricCsv(metric.Id)),
            JsonUrl: context.Url(DataRoutes.MetricJson(metric.Id)),
            MethodologyUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Methodology));
    }

    private static MetricDefinitionView Definition(AnalysisModel analysis, Metric metric) => new(
        metric.Id,
        metric.Name,
        metric.Description,
        Domain: Wording.DomainName(metric.Domain),
        Unit: Wording.UnitName(metric.Unit),
        Direction: Wording.Direction(metric.Improvement),
        Target: metric.Target is { } t ? $"National standard {FigureFormat.Format(t, metric)} (an organisation's own trajectory, where it has one, is named beside its figures)" : "No national standard",
        Aggregation: Wording.Aggregation(metric, id => Name(analysis, id)),
        Illustrative: Wording.IsIllustrative(metric),
        Ratio: metric.IsRatio ? $"{Name(analysis, metric.Numerator!)} divided by {Name(analysis, metric.Denominator!)}" : null);

    /// <summary>Each organisation's plan for the measure against its current process: the plan's last month in one sentence.</summary>
    private static List<MetricCredibilityView> Credibility(RenderContext context, AnalysisModel analysis, PlanningResults planning, Metric metric) =>
        [.. analysis.Organisations
            .Select(org => (org, judged: planning.Credibility(org.Code, metric.Id)))
            .Where(x => x.judged?.Headline is not null)
            .Select(x => new MetricCredibilityView(
                x.org.Name,
                context.Plan.Has(DataRoutes.Planning(x.org.Code)) ? context.Url(DataRoutes.Planning(x.org.Code)) : null,
                PlanningViews.Word(x.judged!.Worst),
                x.judged.Headline!.Sentence))];

    private static string Name(AnalysisModel analysis, string metricId) => analysis.FindMetric(metricId)?.Name ?? metricId;
}
