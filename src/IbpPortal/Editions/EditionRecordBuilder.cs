using IbpPortal.Analyse;
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
        var places = new Dictionary<(string Org, string Metric, Period Period), (int? Rank, int? Quartile)>();
        foreach (var metric in analysis.Metrics)
        {
            foreach (var period in analysis.BenchmarkPeriods(metric.Id))
            {
                var table = analysis.Benchmark(metric.Id, period);
                foreach (var row in table.Trusts.Rows.Concat(table.Icbs.Rows))
                {
                    places[(row.Organisation.Code, metric.Id, period)] = (row.Rank, row.Quartile);
                }
            }
        }

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

                var spc = analysis.Spc(org.Code, metric.Id).Points.ToDictionary(p => p.Period);
                var points = actual.Select(p =>
                {
                    spc.TryGetValue(p.Period, out var s);
                    var place = places.GetValueOrDefault((org.Code, metric.Id, p.Period));
                    return new EditionPoint(p.Period, p.Value, s?.SpecialCause ?? SpecialCause.None, s?.Rule ?? SpcRule.None, place.Rank, place.Quartile);
                }).ToList();
                scorecard.TryGetValue(metric.Id, out var row);
                series.Add(new EditionSeries(org.Code, metric.Id, row?.Period, row?.Variation ?? VariationIcon.None, row?.Assurance ?? AssuranceIcon.None,
                    row?.Rank, row?.RankOutOf, row?.Quartile, points));
            }
        }

        return new EditionRecord(analysis.ReportingPeriod, internalEdition, data, series);
    }
}
