using IbpPortal.Analyse;
using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>A metric page's England-wide comparison: where each of the portal's trusts stands among every acute trust in England.</summary>
/// <remarks>Shown only when imported national files give context organisations. The month is the measure's latest month in
/// which the portal's organisations have a figure (<see cref="AnalysisModel.LatestPeriod"/>), so a measure published less
/// often, later or ahead of the edition (cancer, KH03, RTT) is still compared; the page names the month.</remarks>
internal static class EnglandView
{
    public static EnglandComparisonView? Build(RenderContext context, AnalysisModel analysis, PlanData data, Metric metric)
    {
        if (data.ContextOrganisations.Count == 0 || analysis.BenchmarkPeriods(metric.Id).Count == 0)
        {
            return null;
        }

        var period = analysis.LatestPeriod(metric.Id);
        var entries = EnglandScope.AcuteTrustFigures(data, metric, period);
        var rows = entries.Where(e => e.InPortal && e.Value.HasValue)
            .Select(e => (Entry: e, Comparison: EnglandBenchmark.Compare(metric, period, e.Code, EnglandScope.AcuteTrusts, entries)))
            .OrderBy(r => r.Comparison.Rank ?? int.MaxValue)
            .ThenBy(r => r.Entry.Code, StringComparer.Ordinal)
            .ToList();
        if (rows.Count == 0 || rows[0].Comparison.Count <= rows.Count)
        {
            return null;
        }

        var first = rows[0].Comparison;
        string Figure(double? value) => value is { } v ? FigureFormat.Format(v, metric) : "no figure";
        return new EnglandComparisonView(
            Period: metric.Frequency == MetricFrequency.Quarterly ? period.ToQuarterDisplay() : period.ToLongDisplay(),
            Scope: EnglandScope.AcuteTrusts,
            Count: first.Count,
            Median: Figure(first.Median),
            LowerQuartile: Figure(first.LowerQuartile),
            UpperQuartile: Figure(first.UpperQuartile),
            Ranked: first.Rank is not null,
            Caption: $"{metric.Name}: the portal's trusts among {first.Count} {EnglandScope.AcuteTrusts}, {period.ToDisplay(metric.Frequency)}",
            Rows: [.. rows.Select(r => new EnglandRowView(
                r.Entry.Code,
                r.Entry.Name,
                OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Organisation(r.Entry.Code)),
                FigureFormat.Format(r.Entry.Value, metric),
                r.Comparison.Sentence))]);
    }
}
