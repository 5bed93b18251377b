using IbpPortal.Analyse;
using IbpPortal.Charts;
using IbpPortal.Model;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks;

/// <summary>Every SPC chart of one pack, drawn into one multi-page chart PDF that every figure shares.</summary>
/// <remarks>One shared book embeds the chart font once (see DESIGN.md, "Known facts about the PDF stack").</remarks>
internal sealed class PackCharts
{
    private readonly Dictionary<string, PackChart> _charts;

    private PackCharts(byte[] pdf, Dictionary<string, PackChart> charts)
    {
        Pdf = pdf;
        _charts = charts;
    }

    /// <summary>The chart book's bytes; pass this same array to every figure.</summary>
    public byte[] Pdf { get; }

    /// <summary>The SPC chart of a metric, or null when the organisation has no values for it.</summary>
    public PackChart? Spc(string metric) => _charts.GetValueOrDefault(metric);

    /// <summary>Draws the SPC chart of every scorecard measure with values, from the organisation page's chart data at the print size.</summary>
    /// <remarks>
    /// Laid out at <see cref="ChartTheme.PrintSize"/> rather than replaying the web drawing: the pack places charts two to
    /// a row, and the web's 640-wide layout would print its text at about 4.5 points there.
    /// </remarks>
    public static PackCharts Build(AnalysisModel analysis, Organisation org, Scorecard scorecard, DateTime created)
    {
        var charts = new Dictionary<string, PackChart>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var book = new ChartPdfBook(stream, new ChartPdfMetadata($"SPC charts: {org.Name}", created)))
        {
            foreach (var row in scorecard.Rows.Where(r => r.Latest.HasValue))
            {
                using var drawing = SpcChartBuilder.Build(SpcDrawings.Data(analysis, org, row.Metric), ChartTheme.PrintSize);
                charts[row.Metric.Id] = new PackChart(book.AddPage(drawing), drawing.Description);
            }
        }

        return new PackCharts(stream.ToArray(), charts);
    }
}
