using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>All of a board pack's charts in one multi-page Skia PDF, one chart per page, to be placed page by page as PDF forms.</summary>
/// <remarks>
/// One Skia document per chart embeds the whole font file each time (SkiaSharp 3.119 does not subset): 437 KB a chart
/// against 2.9 MB for a pack of 100 sharing one document. Dates come from <see cref="ChartPdfMetadata"/>, so the
/// output is byte-identical across runs. Not thread-safe: add pages from one thread.
/// </remarks>
public sealed class ChartPdfBook : IDisposable
{
    private readonly SKDocument document;
    private bool closed;

    /// <summary>Starts a PDF written to <paramref name="output"/>; the stream stays open after <see cref="Close"/>.</summary>
    public ChartPdfBook(Stream output, ChartPdfMetadata metadata)
    {
        var pdfMetadata = new SKDocumentPdfMetadata
        {
            Title = metadata.Title,
            Creator = "IBP Portal",
            Producer = "IBP Portal",
            Creation = metadata.Created,
            Modified = metadata.Created,
            RasterDpi = 300,
        };
        document = SKDocument.CreatePdf(output, pdfMetadata)
            ?? throw new InvalidOperationException("SkiaSharp could not create a PDF document.");
    }

    /// <summary>Pages added so far.</summary>
    public int PageCount { get; private set; }

    /// <summary>Adds <paramref name="chart"/> as a new page of the given size in points, scaled to fit; returns its 1-based page number (as <c>XPdfForm.PageNumber</c> counts).</summary>
    public int AddPage(ChartDrawing chart, float widthPoints, float heightPoints)
    {
        ObjectDisposedException.ThrowIf(closed, this);
        var canvas = document.BeginPage(widthPoints, heightPoints);
        chart.DrawTo(canvas, SKRect.Create(widthPoints, heightPoints));
        document.EndPage();
        return ++PageCount;
    }

    /// <summary>Adds <paramref name="chart"/> at the size it was laid out at, one pixel to one point.</summary>
    public int AddPage(ChartDrawing chart) => AddPage(chart, chart.Size.Width, chart.Size.Height);

    /// <summary>Finishes the PDF (writes the cross-reference table and trailer).</summary>
    public void Close()
    {
        if (!closed)
        {
            document.Close();
            closed = true;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Close();
        document.Dispose();
    }
}
