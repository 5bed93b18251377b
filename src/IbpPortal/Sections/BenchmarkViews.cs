using IbpPortal.Analyse;
using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Charts;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>Builds benchmark tables and chart slots from the analysis, for metric pages and the benchmark shortcode.</summary>
public static class BenchmarkViews
{
    /// <summary>The ranked table of one organisation type for a metric and month.</summary>
    public static BenchmarkTableView Table(RenderContext context, AnalysisModel analysis, Metric metric, Period period, OrgType type, string id, string? highlight = null)
    {
        var table = analysis.Benchmark(metric.Id, period);
        var group = table.For(type);
        var measure = table.Compared;
        var kind = type == OrgType.Icb ? "ICBs" : "trusts";
        var verb = group.Withheld == RankWithheld.None ? "ranked" : "compared";
        var scale = FigureFormat.ScaleFor(group.Rows.Where(x => x.Value.HasValue).Select(x => x.Value.Number));
        return new BenchmarkTableView(
            id,
            $"{measure.Name}: {kind} {verb}, {period.ToShortDisplay()}",
            metric.Name,
            context.Url(DataRoutes.Metric(metric.Id)),
            period.ToShortDisplay(),
            Wording.MedianOf(group.Median, group.Scope, measure),
            group.IsJudgement,
            Wording.IsIllustrative(metric),
            [.. group.Rows.Select(r => Row(context, analysis, measure, group, r, highlight, scale))],
            context.Plan.Has(DataRoutes.MetricCsv(metric.Id)) ? context.Url(DataRoutes.MetricCsv(metric.Id)) : null,
            Note(group, measure));
    }

    /// <summary>What a group's ranks are among, or why it has none, in one sentence.</summary>
    public static string Note(BenchmarkGroup group, Metric measure) => group.Withheld switch
    {
        RankWithheld.Volume => $"Not ranked: {Wording.UnitName(measure.Unit).ToLowerInvariant()} is a volume, which measures an organisation's size, not its performance. Organisations are listed largest first.",
        RankWithheld.TooFewPeers => $"Too few organisations to rank: {group.Scope.Describe()} have a figure, and ranks and quartiles need at least {Metric.MinimumRankedPeers}.",
        _ => $"Ranks and quartiles are {group.Scope.OutOf} with a figure.",
    };

    /// <summary>One table per peer group, each ranked within the whole group of that type.</summary>
    public static IReadOnlyList<PeerGroupView> PeerGroups(BenchmarkTableView table, BenchmarkGroup group, Metric metric) =>
        [.. table.Rows.GroupBy(r => r.PeerGroup, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new PeerGroupView(
                g.Key,
                "peer-" + Slug.From(g.Key),
                group.PeerGroups.TryGetValue(g.Key, out var stat)
                    ? Wording.MedianOf(stat.Median, new ComparisonScope(BenchmarkScope.PeerGroup, g.Key, group.Type, stat.Peers), metric)
                    : "none",
                [.. g]))];

    /// <summary>What the ranking and distribution charts draw: the ranked organisations of <paramref name="group"/>; null when none has a figure.</summary>
    public static BenchmarkChartData? ChartData(BenchmarkGroup group, Metric metric, Period period, string? highlight = null)
    {
        if (group.Median is not { } median || group.Withheld != RankWithheld.None)
        {
            return null;
        }

        var kind = group.Type == OrgType.Icb ? "ICBs" : "trusts";
        var entries = group.Rows
            .Where(r => r.Rank is not null && r.Value.HasValue)
            .Select(r => new BenchmarkEntry(r.Organisation.Code, r.Organisation.Name, r.Value.Number, r.Rank!.Value))
            .ToList();
        return new BenchmarkChartData($"{metric.Name}, {kind}, {period.ToShortDisplay()}", metric, period, entries, highlight ?? string.Empty,
            median, group.LowerQuartile ?? median, group.UpperQuartile ?? median, metric.Target);
    }

    /// <summary>The ranking chart slot: every ranked organisation's value as a dot, best first, with the median, the standard and the quartile bands.</summary>
    /// <param name="id">The slot's id; <c>ranking-{metric}</c> when null.</param>
    /// <param name="highlight">The organisation the page is about, named first in the description; null on a metric's page.</param>
    public static ChartView Ranking(BenchmarkTableView table, BenchmarkGroup group, Metric metric, BenchmarkChartData? data, string? id = null, Organisation? highlight = null)
    {
        var ranked = table.Rows.Where(r => r.Quartile is not null).ToList();
        var kind = group.Type == OrgType.Icb ? "ICBs" : "trusts";
        var own = highlight is null ? null : ranked.FirstOrDefault(r => r.Code == highlight.Code);
        var description = group.Withheld != RankWithheld.None && group.Count > 0
            ? $"{metric.Name}, {table.PeriodLabel}: {table.Note}"
            : ranked.Count == 0
            ? $"{metric.Name}, {table.PeriodLabel}: no organisation has a figure."
            : (own is null ? string.Empty : $"{own.Name} ranks {own.Rank} at {own.Value}, in {own.Quartile?.Text}: the larger blue dot. ") +
              $"{metric.Name}, {table.PeriodLabel}: {ranked.Count} {kind} ranked {(group.IsJudgement ? "best first" : "highest first (the order is no judgement)")}, one dot each. " +
              $"{(group.IsJudgement ? "Best" : "Highest")}: {ranked[0].Name} at {ranked[0].Value}; {(group.IsJudgement ? "worst" : "lowest")}: {ranked[^1].Name} at {ranked[^1].Value}. " +
              $"Median {table.Median}{(metric.Target is { } t && data is not null ? $"; national standard {FigureFormat.Format(t, metric)}" : string.Empty)}; shading marks the quartiles. {table.Note}";
        var slot = id ?? $"ranking-{metric.Id}";
        var drawing = data is null ? null : BenchmarkRankingBuilder.Build(data);
        return new ChartView(slot, drawing?.Title ?? $"{metric.Name}: {kind} ranked, {table.PeriodLabel}", description,
            drawing is null ? null : ChartMarkup.Svg(drawing, slot, description),
            [kind == "ICBs" ? "ICB" : "Trust", "Value", "Rank", "Quartile"],
            [.. table.Rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Value, r.Rank, r.Quartile?.Text ?? "—"])],
            table.CsvUrl, table.Illustrative,
            NarrowSvg: data is null ? null : ChartMarkup.NarrowSvg(BenchmarkRankingBuilder.Build(data, PhoneChart.Size.Width), slot, description));
    }

    /// <summary>Where an organisation ranks among its type, as a dot plot with its own dot highlighted; null when its type is not ranked on the measure or it has no rank.</summary>
    public static ChartView? OrganisationRanking(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var period = analysis.ReportingPeriod;
        var benchmark = analysis.Benchmark(metric.Id, period);
        var group = benchmark.For(org.Type);
        if (group.Withheld != RankWithheld.None || benchmark.Row(org)?.Rank is null)
        {
            return null;
        }

        var table = Table(context, analysis, metric, period, org.Type, $"table-ranking-{metric.Id}", org.Code);
        var data = ChartData(group, benchmark.Compared, period, org.Code);
        return Ranking(table, group, benchmark.Compared, data, $"ranking-{metric.Id}-{org.Code}", org);
    }

    /// <summary>The distribution chart slot: every organisation as a dot, with the quartile cut points and how many trusts fall in each quarter.</summary>
    public static ChartView Distribution(BenchmarkTableView table, BenchmarkGroup group, Metric metric, BenchmarkChartData? data)
    {
        string Cut(double? v) => v is { } x ? FigureFormat.Format(x, metric) : "none";
        var counts = Enumerable.Range(1, 4).Select(q => table.Rows.Count(r => r.Quartile?.Number == q)).ToList();
        var description = group.Count == 0
            ? $"{metric.Name}, {table.PeriodLabel}: no organisation has a figure."
            : $"{metric.Name}, {table.PeriodLabel}, {group.Count} trusts, one dot each: lower quartile {Cut(group.LowerQuartile)}, median {Cut(group.Median)}, upper quartile {Cut(group.UpperQuartile)}.";
        var id = $"distribution-{metric.Id}";
        var drawing = data is null ? null : DistributionChartBuilder.Build(data);
        return new ChartView(id, drawing?.Title ?? $"{metric.Name}: spread across trusts, {table.PeriodLabel}", description,
            drawing is null ? null : ChartMarkup.Svg(drawing, id, description),
            ["Measure", "Value"],
            [
                ["Lower quartile", Cut(group.LowerQuartile)],
                ["Median", Cut(group.Median)],
                ["Upper quartile", Cut(group.UpperQuartile)],
                .. Enumerable.Range(0, 4).Select(i => (IReadOnlyList<string>)[Wording.Quartile(i + 1, group.IsJudgement)!.Text, counts[i] == 1 ? "1 trust" : $"{counts[i]} trusts"]),
            ],
            table.CsvUrl, table.Illustrative,
            NarrowSvg: data is null ? null : ChartMarkup.NarrowSvg(DistributionChartBuilder.Build(data, new ChartSize(PhoneChart.Size.Width, 240)), id, description));
    }

    private static string RowRank(BenchmarkRow row, BenchmarkGroup group) => row.Withheld switch
    {
        RankWithheld.Volume => "not ranked (volume)",
        RankWithheld.TooFewPeers => "too few organisations to rank",
        _ => Wording.Rank(row.Rank, row.Rank is null ? null : group.Count),
    };

    private static BenchmarkRowView Row(RenderContext context, AnalysisModel analysis, Metric metric, BenchmarkGroup group, BenchmarkRow row, string? highlight, MoneyScale scale) => new(
        row.Organisation.Name,
        row.Organisation.Code,
        context.Url(DataRoutes.Organisation(row.Organisation.Code)),
        FigureFormat.Format(row.Value, metric, scale),
        RowRank(row, group),
        Wording.Quartile(row.Quartile, group.IsJudgement),
        Wording.Variation(analysis.Spc(row.Organisation.Code, metric.Id).Variation),
        row.Organisation.PeerGroup,
        row.Organisation.Code == highlight);
}
