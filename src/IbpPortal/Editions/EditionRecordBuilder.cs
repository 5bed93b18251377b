using IbpPortal.Analyse;
using IbpPortal.Analyse.Series;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Editions;

/// <summary>Makes the record of what this edition publishes from the analysis (pure).</summary>
public static class EditionRecordBuilder
{
    /// <summary>Every organisation's and metric's published months, icons, ranks and quartiles, in code and id order.</summary>
    public static EditionRecord Build(AnalysisModel analysis, DataFingerprint data, bool internalEdition)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var places = analysis.Metrics.ToDictionary(m => m.Id, m => Places(analysis, m), StringComparer.Ordinal);
        var series = new List<EditionSeries>();
        foreach (var org in analysis.Organisations.OrderBy(o => o.Code, StringComparer.Ordinal))
        {
            var scorecard = analysis.Scorecard(org.Code).Rows.ToDictionary(r => r.Metric.Id, StringComparer.Ordinal);
            foreach (var metric in analysis.Metrics.OrderBy(m => m.Id, StringComparer.Ordinal))
            {
                var actual = analysis.Actual(org.Code, metric.Id);
                if (actual.IsEmpty)
                {
                    continue;
                }

                var points = Points(actual, SpcByMonth(analysis.Spc(org.Code, metric.Id), actual), places[metric.Id].For(org.Code));
                scorecard.TryGetValue(metric.Id, out var row);
                series.Add(new EditionSeries(org.Code, metric.Id, row?.Period, row?.Variation ?? VariationIcon.None, row?.Assurance ?? AssuranceIcon.None,
                    row?.Rank, row?.RankOutOf, row?.Quartile, points));
            }
        }

        return new EditionRecord(analysis.ReportingPeriod, internalEdition, data, series);
    }

    private static List<EditionPoint> Points(MonthlySeries actual, SpcPoint?[] spc, Func<Period, (int? Rank, int? Quartile)> place)
    {
        var points = new List<EditionPoint>(actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            var period = actual.Start.AddMonths(i);
            var s = spc[i];
            var (rank, quartile) = place(period);
            points.Add(new EditionPoint(period, actual.ValueAt(i), s?.SpecialCause ?? SpecialCause.None, s?.Rule ?? SpcRule.None, rank, quartile));
        }

        return points;
    }

    /// <summary>The chart's point for each month of <paramref name="actual"/>, or null where it has none.</summary>
    private static SpcPoint?[] SpcByMonth(SpcResult spc, MonthlySeries actual)
    {
        var byMonth = new SpcPoint?[actual.Count];
        foreach (var point in spc.Points)
        {
            var i = point.Period.MonthsSince(actual.Start);
            if (i >= 0 && i < byMonth.Length)
            {
                byMonth[i] = point;
            }
        }

        return byMonth;
    }

    /// <summary>Every organisation's rank and quartile in each month the metric is benchmarked (the last row for an organisation listed twice).</summary>
    private static EditionPlaces Places(AnalysisModel analysis, Metric metric)
    {
        var periods = analysis.BenchmarkPeriods(metric.Id);
        var places = new EditionPlaces(periods);
        for (var i = 0; i < periods.Count; i++)
        {
            var table = analysis.Benchmark(metric.Id, periods[i]);
            foreach (var row in table.Trusts.Rows.Concat(table.Icbs.Rows))
            {
                places.Set(row.Organisation.Code, i, (row.Rank, row.Quartile));
            }
        }

        return places;
    }
}
