using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>A chart laid out once and recorded, ready to be drawn to SVG for the web and to a PDF page for a board pack.</summary>
/// <remarks>
/// ScottPlot computes the layout while it renders, so the plot is rendered once into a recording (an
/// <see cref="SKDrawable"/>) and the recording is replayed on each target; the drawing is immutable and may be drawn
/// from several threads. It is a drawable rather than a picture so that the drawables recorded in it, the dashed
/// lines (<see cref="DashedPath"/>), are played back on each target afresh and take the form that target draws best.
/// </remarks>
public sealed class ChartDrawing : IDisposable
{
    private readonly SKDrawable recording;
    private readonly List<SKDrawable> parts;
    private readonly Lazy<string> description;

    private ChartDrawing(SKDrawable recording, List<SKDrawable> parts, ChartSize size, string title, Lazy<string> description)
    {
        this.recording = recording;
        this.parts = parts;
        this.description = description;
        Size = size;
        Title = title;
    }

    /// <summary>The size the chart was laid out at.</summary>
    public ChartSize Size { get; }

    /// <summary>Short accessible name, such as "Four-hour A&amp;E performance, RR8: SPC chart".</summary>
    public string Title { get; }

    /// <summary>What the chart shows, in a sentence or two, for readers who cannot see it.</summary>
    /// <remarks>Worded when first read: a phone's drawing is often shown with the wide drawing's words instead.</remarks>
    public string Description => description.Value;

    /// <summary>Renders <paramref name="plot"/> once at <paramref name="size"/> and keeps the recording.</summary>
    internal static ChartDrawing Record(Plot plot, ChartSize size, string title, string description) =>
        Record(plot, size, title, () => description);

    /// <summary>As <see cref="Record(Plot, ChartSize, string, string)"/>, with the description worded only if it is read.</summary>
    internal static ChartDrawing Record(Plot plot, ChartSize size, string title, Func<string> describe)
    {
        var description = new Lazy<string>(describe, LazyThreadSafetyMode.ExecutionAndPublication);
        WholeFontText.Apply(plot);

        // ScottPlot's first render of a plot settles the layout and then renders again on the same canvas, which a
        // recording would keep twice. The first pass goes to a canvas that forwards nowhere and the recorder joins for
        // the second: two passes in all, where a warm-up render (two passes) and a recorded one made three.
        var (second, settled) = RecordSecondPass(plot, size);
        if (settled)
        {
            return new ChartDrawing(second, PlotDrawables.Take(plot), size, title, description);
        }

        // The second pass laid the chart out afresh (a key that wraps, say) or was not the last: record a settled pass.
        second.Dispose();
        using var recorder = new SKPictureRecorder();
        plot.Render(recorder.BeginRecording(SKRect.Create(size.Width, size.Height)), size.Width, size.Height);
        return new ChartDrawing(recorder.EndRecordingAsDrawable(), PlotDrawables.Take(plot), size, title, description);
    }

    /// <summary>Records the second pass of a first render; settled when it was the last and laid out as the first was, so that a third would draw the same.</summary>
    private static (SKDrawable Recording, bool Settled) RecordSecondPass(Plot plot, ChartSize size)
    {
        using var recorder = new SKPictureRecorder();
        var recording = recorder.BeginRecording(SKRect.Create(size.Width, size.Height));
        PixelRect? firstArea = null;
        using (var canvas = new SKNWayCanvas(size.Width, size.Height))
        {
            plot.RenderManager.RenderFinished += (_, details) =>
            {
                if (firstArea is null)
                {
                    firstArea = details.DataRect;
                    canvas.AddCanvas(recording);
                    LayoutPass.Set(plot, false);
                }
            };
            try
            {
                // The first pass is drawn nowhere: painting-only work is skipped in it (see LayoutPass).
                LayoutPass.Set(plot, true);
                plot.Render(canvas, size.Width, size.Height);
            }
            finally
            {
                LayoutPass.Set(plot, false);
            }
        }

        var manager = plot.RenderManager;
        return (recorder.EndRecordingAsDrawable(), manager.RenderCount == 2 && manager.LastRender.DataRect.Equals(firstArea));
    }

    /// <summary>The chart as accessible inline SVG whose ids all start with <paramref name="id"/>.</summary>
    /// <param name="id">Unique on the page; letters, digits, <c>-</c> and <c>_</c>, starting with a letter.</param>
    public ChartSvg ToSvg(string id) => ToSvg(id, Description);

    /// <summary>The chart as accessible inline SVG whose <c>desc</c> is <paramref name="description"/>, for a page that words the chart more fully than its builder.</summary>
    /// <param name="id">Unique on the page; letters, digits, <c>-</c> and <c>_</c>, starting with a letter.</param>
    /// <param name="description">The text shown beside the chart, so that the SVG and the page say the same.</param>
    public ChartSvg ToSvg(string id, string description)
    {
        // A native stream: Skia writes SVG in many small pieces, and a managed stream costs a call back into .NET for each.
        using var stream = new SKDynamicMemoryWStream();
        SvgDashes dashes;
        using (var svgCanvas = SKSvgCanvas.Create(SKRect.Create(Size.Width, Size.Height), stream))
        {
            dashes = SvgCanvases.Mark(svgCanvas);
            try
            {
                svgCanvas.DrawDrawable(recording, SKMatrix.Identity);
            }
            finally
            {
                SvgCanvases.Close(svgCanvas);
            }
        }

        using var data = stream.DetachAsData();
        var raw = System.Text.Encoding.UTF8.GetString(data.AsSpan());
        return new ChartSvg(id, SvgAccessibility.Finish(raw, id, Size, Title, description, dashes.Arrays), Title, description);
    }

    /// <summary>Draws the chart scaled to fit <paramref name="area"/> (aspect kept, centred) on any Skia canvas.</summary>
    public void DrawTo(SKCanvas canvas, SKRect area)
    {
        var scale = Math.Min(area.Width / Size.Width, area.Height / Size.Height);
        var offsetX = area.Left + ((area.Width - (Size.Width * scale)) / 2);
        var offsetY = area.Top + ((area.Height - (Size.Height * scale)) / 2);
        canvas.Save();
        canvas.Translate(offsetX, offsetY);
        canvas.Scale(scale);
        canvas.DrawDrawable(recording, SKMatrix.Identity);
        canvas.Restore();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        recording.Dispose();
        foreach (var part in parts)
        {
            part.Dispose();
        }
    }
}
