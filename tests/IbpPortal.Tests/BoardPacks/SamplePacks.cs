using IbpPortal.BoardPacks.Layout;
using IbpPortal.Charts;
using IbpPortal.Fonts;
using SkiaSharp;

namespace IbpPortal.Tests.BoardPacks;

/// <summary>Reports and chart PDFs the board-pack layout tests build.</summary>
internal static class SamplePacks
{
    public static readonly DateTimeOffset Created = new(2025, 6, 10, 9, 0, 0, TimeSpan.FromHours(1));

    public static ReportInfo Info(string title = "Integrated Performance Report — Test Trust, May 2025") =>
        new(title, "Integrated Performance Report", "Test Trust · May 2025", Created)
        {
            Subject = "Board pack for May 2025",
            Author = "Test Trust",
            Keywords = "IPR; SPC",
            Marking = "OFFICIAL",
        };

    /// <summary>A chart PDF of <paramref name="pages"/> pages drawn with Skia, as ScottPlot's PDF export would be.</summary>
    public static byte[] ChartPdf(int pages)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        {
            for (int i = 0; i < pages; i++)
            {
                var canvas = document.BeginPage(600, 300);
                using var pen = new SKPaint { Color = new SKColor(0, 94, 184), Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
                canvas.DrawRect(40, 20, 520, 240, pen);
                using var font = new SKFont(EmbeddedTypefaces.Typeface(FontFace.Regular), 14);
                using var ink = new SKPaint { Color = SKColors.Black };
                canvas.DrawText($"Chart {i + 1}", 50, 290, font, ink);
                document.EndPage();
            }
        }
        return stream.ToArray();
    }

    /// <summary>A pack with every element: cover, KPI tiles, contents, sections, a 120-row table, lists and a chart.</summary>
    public static PdfReport Full(string? title = null, byte[]? charts = null)
    {
        charts ??= ChartPdf(2);
        var report = PdfReport.Create(title is null ? Info() : Info(title))
            .Title("Integrated Performance Report", "Test Trust — May 2025")
            .Kpis(new KpiTile("A&E 4-hour", "74.2%") { Note = "Plan 76.0%", Status = NhsColours.Orange },
                  new KpiTile("RTT 18 weeks", "58.9%") { Note = "Plan 60.0%" })
            .Contents()
            .Heading(1, "Alpha summary", anchor: "alpha")
            .Paragraph(p => p.Text("Read the ").LinkTo("bravo table", "bravo").Text(" and ").Link("NHS England", new Uri("https://www.england.nhs.uk/")).Text("."))
            .Bullets(["First point.", "Second point."])
            .Numbered(["First action.", "Second action."])
            .Heading(1, "Bravo scorecard", anchor: "bravo")
            .Heading(2, "Bravo detail")
            .Table(t =>
            {
                t.Column(3f).Column(1f, CellAlign.Right).Column(1f, CellAlign.Right);
                t.Header("Metric", "Latest", "Plan");
                for (int i = 1; i <= 120; i++)
                {
                    string id = i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                    t.Row(new TableCell($"R{id} a metric with a name long enough to wrap in its column") { Bold = i % 10 == 0 },
                        $"V{id}", new TableCell($"P{id}") { Fill = i == 7 ? NhsColours.WarmYellow : null });
                }
            })
            .Heading(1, "Charlie charts", anchor: "charlie")
            .Heading(2, "Charlie first chart")
            .Figure(charts, 1, "Line chart of the first metric.", "Figure 1: first metric")
            .Heading(2, "Charlie second chart")
            .Figure(charts, 2, "Line chart of the second metric.", "Figure 2: second metric");
        return report;
    }
}
