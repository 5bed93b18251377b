using IbpPortal.Analyse;
using IbpPortal.Charts;
using IbpPortal.Model;

namespace IbpPortal.BoardPacks;

/// <summary>Every SPC chart of one pack, laid out once each and drawn into one multi-page chart PDF that every figure shares.</summary>
/// <remarks>One shared book embeds the chart font once (see DESIGN.md, "Known facts about the PDF stack").</remarks>
internal sealed class PackCharts
{
    /// <summary>The size SPC charts are laid out at for a pack, in points; drawn at the page's content width (about 170 mm).</summary>
    public static readonly ChartSize Size = new(640, 300);

    readonly Dictionary<string, PackChart> _charts;

    PackCharts(byte[] pdf, Dictionary<string, PackChart> charts)
    {
        Pdf = pdf;
        _charts = charts;
    }

    /// <summary>The chart book's bytes; pass this same array to every figure.</summary>
    public byte[] Pdf { get; }

    /// <summary>The SPC chart of a metric, or null when the organisation has no values for it.</summary>
    public PackChart? Spc(string metric) => _charts.GetValueOrDefault(metric);

    /// <summary>Draws the SPC chart of every scorecard measure with values.</summary>
    public static PackCharts Build(AnalysisModel analysis, Organisation org, Scorecard scorecard, DateTime created)
    {
        var charts = new Dictionary<string, PackChart>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var book = new ChartPdfBook(stream, new ChartPdfMetadata($"SPC charts: {org.Name}", created)))
        {
            foreach (var row in scorecard.Rows.Where(r => r.Latest.HasValue))
            {
                var data = new SpcChartData($"{row.Metric.Name}, {org.Name}", row.Metric, analysis.Spc(org.Code, row.Metric.Id), org.Name);
                using var drawing = SpcChartBuilder.Build(data, Size);
                charts[row.Metric.Id] = new PackChart(book.AddPage(drawing), drawing.Description);
            }
        }

        return new PackCharts(stream.ToArray(), charts);
    }
}
