using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using IbpPortal.Analyse;
using IbpPortal.Model;
using IbpPortal.Sections.Downloads;

namespace IbpPortal.Sections;

/// <summary>The machine-readable copies under <c>/data/</c>: each metric's table and each organisation's scorecard and series, as CSV and JSON.</summary>
/// <remarks>
/// Values are written at full precision; <c>status</c> says why a value is blank ("suppressed", "not submitted",
/// "not applicable"), so an absent figure is never read as zero. Text cells that start like a spreadsheet formula
/// get a leading apostrophe. JSON escapes HTML-significant characters.
/// </remarks>
internal static class DataDownloads
{
    /// <summary>The metric's benchmark table for its latest month (the reporting period, or the month named in each row): trusts, then ICBs.</summary>
    public static byte[] MetricCsv(AnalysisModel analysis, Metric metric)
    {
        var table = analysis.Benchmark(metric.Id, analysis.LatestPeriod(metric.Id));
        using var csv = new CsvText("organisation_code", "organisation_name", "organisation_type", "icb_code", "peer_group", "period", "metric", "value", "status", "rank", "rank_out_of", "quartile", "peer_group_median", "national_median", "lower_quartile", "upper_quartile", "rank_withheld", "scope", "peers", "peer_group_peers");
        foreach (var group in new[] { table.Trusts, table.Icbs })
        {
            foreach (var row in group.Rows)
            {
                var org = row.Organisation;
                csv.Row(CsvText.Text(org.Code), CsvText.Text(org.Name), org.Type == OrgType.Icb ? "icb" : "trust", CsvText.Text(org.Icb ?? string.Empty), CsvText.Text(org.PeerGroup),
                    table.Period.ToString(), metric.Id, CsvText.Number(row.Value.AsNullable), Status(row.Value), CsvText.Number(row.Rank), CsvText.Number(row.Rank is null ? null : group.Count),
                    CsvText.Number(row.Quartile), CsvText.Number(row.PeerGroupMedian), CsvText.Number(group.Median),
                    CsvText.Number(group.LowerQuartile), CsvText.Number(group.UpperQuartile), BenchmarkJson.Withheld(row.Withheld) ?? string.Empty, group.Scope.Code, CsvText.Number(group.Scope.Peers),
                    CsvText.Number(group.PeerGroups.TryGetValue(org.PeerGroup, out var peers) ? peers.Peers : null));
            }
        }

        return csv.ToBytes();
    }

    /// <summary>The metric's definition, medians and tables as JSON.</summary>
    public static byte[] MetricJson(AnalysisModel analysis, Metric metric)
    {
        var table = analysis.Benchmark(metric.Id, analysis.LatestPeriod(metric.Id));
        var byMonth = analysis.BenchmarkPeriods(metric.Id).Select(period =>
        {
            var trusts = analysis.Benchmark(metric.Id, period).Trusts;
            return new MonthlyMedianJson(period.ToString(), Finite(trusts.Median), trusts.Scope.Code, trusts.Scope.Peers);
        });
        var download = new MetricDownload(
            metric.Id,
            metric.Name,
            metric.Domain.ToString().ToLowerInvariant(),
            metric.Unit.ToString().ToLowerInvariant(),
            metric.Improvement.ToString().ToLowerInvariant(),
            Finite(metric.Target),
            metric.Description,
            Wording.IsIllustrative(metric),
            table.Period.ToString(),
            BenchmarkJson.Group(table.Trusts, table.Measure),
            BenchmarkJson.Group(table.Icbs, table.Measure),
            byMonth);
        using var stream = new MemoryStream();
        Write(stream, download, DownloadJsonContext.Default.MetricDownload);
        return stream.ToArray();
    }

    /// <summary>One organisation's series for a metric: actual, plan, SPC mean, limits and signal, target.</summary>
    public static byte[] SeriesCsv(AnalysisModel analysis, Organisation org, Metric metric)
    {
        var spc = analysis.Spc(org.Code, metric.Id).Points.ToDictionary(p => p.Period);
        var actual = analysis.Actual(org.Code, metric.Id);
        var plan = analysis.Plan(org.Code, metric.Id);
        var months = actual.Select(p => p.Period).Concat(plan.Select(p => p.Period)).Distinct().Order();
        using var csv = new CsvText("organisation_code", "metric", "period", "value", "status", "plan", "plan_status", "mean", "lower_limit", "upper_limit", "target", "special_cause", "rule");
        foreach (var month in months)
        {
            var reported = month <= analysis.CutOff.Of(metric.Id);
            var value = reported ? actual.At(month) : DataValue.Missing;
            var planned = plan.At(month);
            spc.TryGetValue(month, out var point);
            csv.Row(CsvText.Text(org.Code), metric.Id, month.ToString(), CsvText.Number(value.AsNullable), reported ? Status(value) : "not yet reported",
                CsvText.Number(planned.AsNullable), Status(planned), CsvText.Number(point?.Mean), CsvText.Number(point?.Lpl), CsvText.Number(point?.Upl),
                CsvText.Number(point?.Target ?? analysis.Target(org.Code, metric.Id, month)),
                point is null ? string.Empty : point.SpecialCause.ToString().ToLowerInvariant(), point is null ? string.Empty : point.Rule.ToString().ToLowerInvariant());
        }

        return csv.ToBytes();
    }

    /// <summary>A capacity metric against the demand it meets: both figures and capacity − demand, for the months the chart shows.</summary>
    public static byte[] DemandCapacityCsv(AnalysisModel analysis, Organisation org, Metric metric)
    {
        using var csv = new CsvText("organisation_code", "period", "capacity_metric", "capacity", "capacity_status", "demand_metric", "demand", "demand_status", "capacity_minus_demand");
        var gaps = analysis.Gaps(org.Code, metric.Id).DemandCapacity;
        if (metric.MeetsDemand is not { } demand || gaps.Count == 0)
        {
            return csv.ToBytes();
        }

        var byMonth = gaps.ToDictionary(g => g.From);
        var demandSeries = analysis.Actual(org.Code, demand);
        foreach (var capacity in analysis.Actual(org.Code, metric.Id).Between(gaps[0].From, gaps[^1].From))
        {
            var need = demandSeries.At(capacity.Period);
            csv.Row(CsvText.Text(org.Code), capacity.Period.ToString(), metric.Id, CsvText.Number(capacity.Value.AsNullable), Status(capacity.Value),
                demand, CsvText.Number(need.AsNullable), Status(need), CsvText.Number(byMonth.TryGetValue(capacity.Period, out var gap) ? gap.Size : null));
        }

        return csv.ToBytes();
    }

    /// <summary>One organisation's projections for a metric, month by month, after the actual months the chart shows before them (projection "actual"); each projection's first row is the latest actual month.</summary>
    public static byte[] ProjectionsCsv(AnalysisModel analysis, Organisation org, Metric metric)
    {
        using var csv = new CsvText("organisation_code", "metric", "projection", "annual_change_percent", "period", "value", "target_at_horizon", "plan_at_horizon");
        foreach (var point in SeriesViews.RecentActuals(analysis, org, metric))
        {
            csv.Row(CsvText.Text(org.Code), metric.Id, "actual", string.Empty, point.Period.ToString(), CsvText.Number(point.Value.AsNullable), string.Empty, string.Empty);
        }

        foreach (var projection in analysis.Projections(org.Code, metric.Id).All)
        {
            foreach (var point in projection.FromLatestActual)
            {
                csv.Row(CsvText.Text(org.Code), metric.Id, CsvText.Text(ProjectionJson.Id(projection)), CsvText.Number(projection.AnnualChangePercent),
                    point.Period.ToString(), CsvText.Number(point.Value), CsvText.Number(projection.TargetAtHorizon), CsvText.Number(projection.PlanAtHorizon));
            }
        }

        return csv.ToBytes();
    }

    /// <summary>The organisation's scorecard and every series as JSON.</summary>
    public static byte[] OrganisationJson(AnalysisModel analysis, Organisation org)
    {
        using var stream = new MemoryStream();
        OrganisationJson(stream, analysis, org);
        return stream.ToArray();
    }

    /// <summary>The organisation's scorecard and every series as JSON, written to <paramref name="stream"/> (a megabyte or more for a long series).</summary>
    public static void OrganisationJson(Stream stream, AnalysisModel analysis, Organisation org) =>
        Write(stream, Organisation(analysis, org), DownloadJsonContext.Default.OrganisationDownload);

    /// <summary>A figure as the downloads give it: null when absent or not finite.</summary>
    internal static double? Finite(double? value) => value is { } v && double.IsFinite(v) ? v : null;

    /// <summary>Why a value is absent ("suppressed", "not submitted" …), or null when it is there: the <c>*_status</c> beside each value.</summary>
    internal static string? AbsentStatus(DataValue value) => value.HasValue ? null : value.AbsentLabel;

    private static OrganisationDownload Organisation(AnalysisModel analysis, Organisation org)
    {
        var series = new Dictionary<string, IEnumerable<SeriesPointJson>>(StringComparer.Ordinal);
        foreach (var metric in analysis.Metrics)
        {
            var points = analysis.Spc(org.Code, metric.Id).Points;
            if (points.Count > 0)
            {
                series[metric.Id] = points.Select(p => new SeriesPointJson(p.Period.ToString(), Finite(p.Value.AsNullable), AbsentStatus(p.Value),
                    Finite(p.Mean), Finite(p.Lpl), Finite(p.Upl), Finite(p.Target), p.SpecialCause.ToString().ToLowerInvariant()));
            }
        }

        return new OrganisationDownload(
            org.Code,
            org.Name,
            org.Type == OrgType.Icb ? "icb" : "trust",
            org.Icb,
            org.Region,
            org.PeerGroup,
            analysis.ReportingPeriod.ToString(),
            analysis.Scorecard(org.Code).Rows.Select(ScorecardRow),
            series,
            ProjectionJson.Of(analysis, org));
    }

    private static ScorecardRowJson ScorecardRow(ScorecardRow row) => new(
        row.Metric.Id,
        row.Metric.Name,
        row.Metric.Domain.ToString().ToLowerInvariant(),
        Wording.IsIllustrative(row.Metric),
        row.Period.ToString(),
        Finite(row.Latest.AsNullable),
        AbsentStatus(row.Latest),
        Finite(row.Plan.AsNullable),
        AbsentStatus(row.Plan),
        Finite(row.Variance?.Size),
        Finite(row.Target),
        Wording.Variation(row.Variation).Label,
        Wording.Assurance(row.Assurance).Label,
        row.ShortSeries,
        row.Rank,
        row.RankOutOf,
        row.Quartile,
        BenchmarkJson.Withheld(row.Withheld),
        row.Scope?.Code,
        row.Scope?.Peers,
        Finite(row.Median),
        row.Compared is { } compared && compared.Name != row.Metric.Name ? compared.Name : null);

    private static string Status(DataValue value) => value.HasValue ? "value" : value.AbsentLabel;

    // Each download ends with a line break, as text files do.
    private static void Write<T>(Stream stream, T download, JsonTypeInfo<T> type)
    {
        JsonSerializer.Serialize(stream, download, type);
        stream.WriteByte((byte)'\n');
    }
}
