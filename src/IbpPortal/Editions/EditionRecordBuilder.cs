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
        var metrics = analysis.Metrics.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var places = new EditionPlaces[metrics.Count];
        Parallel.For(0, metrics.Count, m => places[m] = Places(analysis, metrics[m]));

        // Each organisation's series are made side by side into its own slot, then joined in code order: the same record on
        // every run (a national portal's 10,000 series and 360,000 points took a tenth of a second of every build on one core).
        var organisations = analysis.Organisations.OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
        var byOrganisation = new List<EditionSeries>[organisations.Count];
        Parallel.For(0, organisations.Count, o =>
        {
            var org = organisations[o];
            var scorecard = analysis.Scorecard(org.Code).Rows.ToDictionary(r => r.Metric.Id, StringComparer.Ordinal);
            var made = new List<EditionSeries>(metrics.Count);
            for (var m = 0; m < metrics.Count; m++)
            {
                var metric = metrics[m];
                var actual = analysis.Actual(org.Code, metric.Id);
                if (actual.IsEmpty)
                {
                    continue;
                }

                var points = Points(actual, SpcByMonth(analysis.Spc(org.Code, metric.Id), actual), places[m].For(org.Code));
                scorecard.TryGetValue(metric.Id, out var row);
                made.Add(new EditionSeries(org.Code, metric.Id, row?.Period, row?.Variation ?? VariationIcon.None, row?.Assurance ?? AssuranceIcon.None,
                    row?.Rank, row?.RankOutOf, row?.Quartile, points));
            }

            byOrganisation[o] = made;
        });

        var series = new List<EditionSeries>(byOrganisation.Sum(s => s.Count));
        foreach (var made in byOrganisation)
        {
            series.AddRange(made);
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
