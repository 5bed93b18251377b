using IbpPortal.Analyse;
using IbpPortal.Charts;
using IbpPortal.Model;
using IbpPortal.Render;

namespace IbpPortal.Sections;

/// <summary>
/// An organisation's SPC chart for a metric, laid out once per render unit for its web page (SVG). The board pack draws
/// the same <see cref="Data"/> at <see cref="ChartTheme.PrintSize"/> (see BoardPacks/PackCharts), so the two show the
/// same figures and description while the pack's text prints large enough.
/// </summary>
public static class SpcDrawings
{
    /// <summary>The size SPC charts are laid out at, in CSS pixels on the web and points in a pack (drawn to the pack's content width).</summary>
    public static ChartSize Size => ChartTheme.WebSize;

    /// <summary>What the chart shows, with the plan trajectory and the re-bases and their reasons; the same for the page and the pack.</summary>
    public static SpcChartData Data(AnalysisModel analysis, Organisation org, Metric metric) =>
        new($"{metric.Name}, {org.Name}", metric, analysis.Spc(org.Code, metric.Id), $"{org.Name} ({org.Code})",
            ChartMarkup.Series(analysis.Plan(org.Code, metric.Id)), analysis.RebasesOf(org.Code, metric.Id), LatestTarget(analysis, org, metric));

    private static string? LatestTarget(AnalysisModel analysis, Organisation org, Metric metric) =>
        analysis.Spc(org.Code, metric.Id).Points.LastOrDefault(p => p.Value.HasValue) is { Target: not null } latest
            ? Wording.Target(analysis.TargetBasis(org.Code, metric.Id, latest.Period), metric, withChange: false)
            : null;

    /// <summary>The chart, laid out once in the render unit that <paramref name="charts"/> belongs to; dispose the lease when done with it.</summary>
    public static Lease<ChartDrawing> Get(ChartLayouts charts, AnalysisModel analysis, Organisation org, Metric metric) =>
        charts.Spc(org.Code, metric.Id, () => SpcChartBuilder.Build(Data(analysis, org, metric), Size));
}
