using System.Text.Json;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Model;

namespace IbpPortal.Sections;

/// <summary>The machine-readable copies under <c>/data/</c>: each metric's table and each organisation's scorecard and series, as CSV and JSON.</summary>
/// <remarks>
/// Values are written at full precision; <c>status</c> says why a value is blank ("suppressed", "not submitted",
/// "not applicable"), so an absent figure is never read as zero. Text cells that start like a spreadsheet formula
/// get a leading apostrophe. JSON escapes HTML-significant characters.
/// </remarks>
internal static class DataDownloads
{
    private static readonly JsonWriterOptions Json = new() { Indented = true, NewLine = "\n" };

    /// <summary>The metric's benchmark table for its latest month (the reporting period, or the month named in each row): trusts, then ICBs.</summary>
    public static byte[] MetricCsv(AnalysisModel analysis, Metric metric)
    {
        var table = analysis.Benchmark(metric.Id, analysis.LatestPeriod(metric.Id));
        var csv = new CsvText("organisation_code", "organisation_name", "organisation_type", "icb_code", "peer_group", "period", "metric", "value", "status", "rank", "rank_out_of", "quartile", "peer_group_median", "national_median", "lower_quartile", "upper_quartile", "rank_withheld", "scope", "peers", "peer_group_peers");
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
        return Write(w =>
        {
            w.WriteStartObject();
            WriteMetric(w, metric);
            w.WriteString("period", table.Period.ToString());
            BenchmarkJson.WriteGroup(w, "trusts", table.Trusts, table.Measure);
            BenchmarkJson.WriteGroup(w, "icbs", table.Icbs, table.Measure);
            w.WritePropertyName("national_median_by_month");
            w.WriteStartArray();
            foreach (var period in analysis.BenchmarkPeriods(metric.Id))
            {
                w.WriteStartObject();
                w.WriteString("period", period.ToString());
                var trusts = analysis.Benchmark(metric.Id, period).Trusts;
                WriteNumber(w, "trust_median", trusts.Median);
                w.WriteString("scope", trusts.Scope.Code);
                w.WriteNumber("peers", trusts.Scope.Peers);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>One organisation's series for a metric: actual, plan, SPC mean, limits and signal, target.</summary>
    public static byte[] SeriesCsv(AnalysisModel analysis, Organisation org, Metric metric)
    {
        var spc = analysis.Spc(org.Code, metric.Id).Points.ToDictionary(p => p.Period);
        var actual = analysis.Actual(org.Code, metric.Id);
        var plan = analysis.Plan(org.Code, metric.Id);
        var months = actual.Select(p => p.Period).Concat(plan.Select(p => p.Period)).Distinct().Order();
        var csv = new CsvText("organisation_code", "metric", "period", "value", "status", "plan", "plan_status", "mean", "lower_limit", "upper_limit", "target", "special_cause", "rule");
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
        var csv = new CsvText("organisation_code", "period", "capacity_metric", "capacity", "capacity_status", "demand_metric", "demand", "demand_status", "capacity_minus_demand");
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
        var csv = new CsvText("organisation_code", "metric", "projection", "annual_change_percent", "period", "value", "target_at_horizon", "plan_at_horizon");
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
    public static byte[] OrganisationJson(AnalysisModel analysis, Organisation org) => Write(w => OrganisationJson(w, analysis, org));

    /// <summary>The organisation's scorecard and every series as JSON, written to <paramref name="stream"/> as it goes (a megabyte or more for a long series).</summary>
    public static void OrganisationJson(Stream stream, AnalysisModel analysis, Organisation org) =>
        Write(stream, w => OrganisationJson(w, analysis, org));

    private static void OrganisationJson(Utf8JsonWriter w, AnalysisModel analysis, Organisation org)
    {
        w.WriteStartObject();
        w.WriteString("code", org.Code);
        w.WriteString("name", org.Name);
        w.WriteString("type", org.Type == OrgType.Icb ? "icb" : "trust");
        w.WriteString("icb", org.Icb);
        w.WriteString("region", org.Region);
        w.WriteString("peer_group", org.PeerGroup);
        w.WriteString("reporting_period", analysis.ReportingPeriod.ToString());
        w.WritePropertyName("scorecard");
        w.WriteStartArray();
        foreach (var row in analysis.Scorecard(org.Code).Rows)
        {
            w.WriteStartObject();
            w.WriteString("metric", row.Metric.Id);
            w.WriteString("name", row.Metric.Name);
            w.WriteString("domain", row.Metric.Domain.ToString().ToLowerInvariant());
            w.WriteBoolean("illustrative", Wording.IsIllustrative(row.Metric));
            w.WriteString("period", row.Period.ToString());
            WriteValue(w, "latest", row.Latest);
            WriteValue(w, "plan", row.Plan);
            WriteNumber(w, "variance", row.Variance?.Size);
            WriteNumber(w, "target", row.Target);
            w.WriteString("variation", Wording.Variation(row.Variation).Label);
            w.WriteString("assurance", Wording.Assurance(row.Assurance).Label);
            w.WriteBoolean("short_series", row.ShortSeries);
            BenchmarkJson.WriteRank(w, row);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WritePropertyName("series");
        w.WriteStartObject();
        foreach (var metric in analysis.Metrics)
        {
            var points = analysis.Spc(org.Code, metric.Id).Points;
            if (points.Count == 0)
            {
                continue;
            }

            w.WritePropertyName(metric.Id);
            w.WriteStartArray();
            foreach (var p in points)
            {
                w.WriteStartObject();
                w.WriteString("period", p.Period.ToString());
                WriteValue(w, "value", p.Value);
                WriteNumber(w, "mean", p.Mean);
                WriteNumber(w, "lower_limit", p.Lpl);
                WriteNumber(w, "upper_limit", p.Upl);
                WriteNumber(w, "target", p.Target);
                w.WriteString("special_cause", p.SpecialCause.ToString().ToLowerInvariant());
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (w.BytesPending > 1 << 16)
            {
                w.Flush();
            }
        }

        w.WriteEndObject();
        ProjectionJson.Write(w, analysis, org);
        w.WriteEndObject();
    }

    private static void WriteMetric(Utf8JsonWriter w, Metric metric)
    {
        w.WriteString("id", metric.Id);
        w.WriteString("name", metric.Name);
        w.WriteString("domain", metric.Domain.ToString().ToLowerInvariant());
        w.WriteString("unit", metric.Unit.ToString().ToLowerInvariant());
        w.WriteString("improvement", metric.Improvement.ToString().ToLowerInvariant());
        WriteNumber(w, "target", metric.Target);
        w.WriteString("description", metric.Description);
        w.WriteBoolean("illustrative", Wording.IsIllustrative(metric));
    }

    internal static void WriteValue(Utf8JsonWriter w, string name, DataValue value)
    {
        WriteNumber(w, name, value.AsNullable);
        if (!value.HasValue)
        {
            w.WriteString(name + "_status", value.AbsentLabel);
        }
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    internal static void WriteNumber(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static string Status(DataValue value) => value.HasValue ? "value" : value.AbsentLabel;

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        Write(stream, body);
        return stream.ToArray();
    }

    private static void Write(Stream stream, Action<Utf8JsonWriter> body)
    {
        using (var writer = new Utf8JsonWriter(stream, Json))
        {
            body(writer);
        }

        stream.WriteByte((byte)'\n');
    }
}
