using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>The tick marks and frame lines of every axis of a plot, drawn as one stroked path instead of a line each.</summary>
/// <remarks>
/// ScottPlot draws each tick mark and each axis frame as a line of its own, and Skia's SVG writer makes each a
/// <c>path</c> element: 45 of an SPC chart's 120 elements, each one more drawing operation to record, replay and parse.
/// <see cref="Add"/> takes the marks over from ScottPlot. The tick lengths stay on the axes, so ScottPlot lays the
/// chart out and places every label exactly as before; its own tick marks are made transparent (Skia drops a draw that
/// paints nothing, so they never reach SVG or PDF) and its frames invisible (not drawn at all). This plottable then
/// draws the same segments, with the same colour, width and anti-aliasing, after the axes (<see cref="IRenderLast"/>,
/// so outside the data area's clip). Dashed marks are left to ScottPlot, which draws their dashes. Segments drawn alike (colour, width and anti-aliasing) share a path; with ScottPlot's styles, which
/// draw ticks and frames alike, that is one path for all the marks of all the axes.
/// </remarks>
internal sealed class AxisMarks : IPlottable, IRenderLast
{
    private readonly List<TakenAxis> axes;

    private AxisMarks(List<TakenAxis> axes) => this.axes = axes;

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Takes over the tick marks and frames of every axis of <paramref name="plot"/>, as styled now.</summary>
    /// <remarks>Call once the axes are styled and their tick generators set; later changes to the tick or frame styles are not seen.</remarks>
    public static AxisMarks Add(Plot plot)
    {
        var taken = new List<TakenAxis>();
        foreach (var axis in plot.Axes.GetAxes())
        {
            taken.Add(new TakenAxis(axis, Take(axis.MajorTickStyle), Take(axis.MinorTickStyle), Take(axis.FrameLineStyle)));
        }

        var marks = new AxisMarks(taken);
        plot.PlottableList.Add(marks);
        return marks;
    }

    /// <inheritdoc />
    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    /// <inheritdoc />
    public void Render(RenderPack rp)
    {
        // Drawn in RenderLast: here the canvas is clipped to the data area, and the marks lie outside it.
    }

    /// <inheritdoc />
    public void RenderLast(RenderPack rp)
    {
        var paths = new List<(Mark Style, SKPath Path)>();
        foreach (var taken in axes.Where(a => a.Axis.IsVisible))
        {
            var axis = taken.Axis;
            var panel = axis.GetPanelRect(rp.DataRect, rp.Layout.PanelSizes[axis], rp.Layout.PanelOffsets[axis], rp.Paint);
            foreach (var tick in axis.TickGenerator.Ticks)
            {
                var style = tick.IsMajor ? taken.Major : taken.Minor;
                AddSegment(paths, style, axis.Edge, axis.GetPixel(tick.Position, panel), panel, style.Length);
            }

            AddFrame(paths, taken.Frame, axis.Edge, panel);
        }

        using var paint = new SKPaint { IsStroke = true };
        foreach (var (style, path) in paths)
        {
            paint.Color = style.Colour.ToSKColor();
            paint.StrokeWidth = style.Width;
            paint.IsAntialias = style.AntiAlias;
            rp.Canvas.DrawPath(path, paint);
            path.Dispose();
        }
    }

    private static Mark Take(TickMarkStyle style)
    {
        if (!IsSolid(style.Pattern))
        {
            return default;
        }

        // Width 0 is a hairline to Skia, as it is when ScottPlot draws the tick.
        var mark = new Mark(style.Color, style.Hairline ? 1 : style.Width, style.AntiAlias, style.Length, style.Color.A > 0);
        style.Color = Colors.Transparent;
        return mark;
    }

    private static Mark Take(LineStyle style)
    {
        if (!IsSolid(style.Pattern))
        {
            return default;
        }

        var mark = new Mark(style.Color, style.Hairline ? 1 : style.Width, style.AntiAlias, 0, style.CanBeRendered);
        style.IsVisible = false;
        return mark;
    }

    private static bool IsSolid(LinePattern pattern) => pattern.Intervals is not { Length: > 0 };

    private static void AddSegment(List<(Mark Style, SKPath Path)> paths, Mark style, Edge edge, float along, PixelRect panel, float length)
    {
        // The same line ScottPlot would draw: from the panel's edge next to the data area, outwards.
        if (!style.IsDrawn || length == 0)
        {
            return;
        }

        var path = PathFor(paths, style);
        switch (edge)
        {
            case Edge.Bottom:
                path.MoveTo(along, panel.Top);
                path.LineTo(along, panel.Top + length);
                break;
            case Edge.Top:
                path.MoveTo(along, panel.Bottom);
                path.LineTo(along, panel.Bottom - length);
                break;
            case Edge.Left:
                path.MoveTo(panel.Right, along);
                path.LineTo(panel.Right - length, along);
                break;
            default:
                path.MoveTo(panel.Left, along);
                path.LineTo(panel.Left + length, along);
                break;
        }
    }

    private static void AddFrame(List<(Mark Style, SKPath Path)> paths, Mark style, Edge edge, PixelRect panel)
    {
        if (!style.IsDrawn)
        {
            return;
        }

        var path = PathFor(paths, style);
        var (from, to) = edge switch
        {
            Edge.Bottom => (new SKPoint(panel.Left, panel.Top), new SKPoint(panel.Right, panel.Top)),
            Edge.Top => (new SKPoint(panel.Left, panel.Bottom), new SKPoint(panel.Right, panel.Bottom)),
            Edge.Left => (new SKPoint(panel.Right, panel.Bottom), new SKPoint(panel.Right, panel.Top)),
            _ => (new SKPoint(panel.Left, panel.Bottom), new SKPoint(panel.Left, panel.Top)),
        };
        path.MoveTo(from);
        path.LineTo(to);
    }

    private static SKPath PathFor(List<(Mark Style, SKPath Path)> paths, Mark style)
    {
        foreach (var (existing, path) in paths)
        {
            if (existing == style with { Length = existing.Length })
            {
                return path;
            }
        }

        var added = new SKPath();
        paths.Add((style, added));
        return added;
    }

    /// <summary>An axis taken over, with the styles its marks had.</summary>
    private sealed record TakenAxis(IAxis Axis, Mark Major, Mark Minor, Mark Frame);

    /// <summary>How one kind of mark was drawn: colour, stroke width, anti-aliasing, (for ticks) length in pixels, and whether it was drawn at all.</summary>
    private readonly record struct Mark(Color Colour, float Width, bool AntiAlias, float Length, bool IsDrawn);
}
