using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Dashed polylines, all of one plottable in one stroked path: dashed by the browser in SVG, cut into strokes in PDF.</summary>
/// <remarks>
/// A Skia dash path effect is not supported by Skia's SVG backend: it writes a warning to stderr for every dashed
/// line and fills the dashes as outlines. So the lines are drawn as a <see cref="DashedPath"/>, which writes SVG's own
/// <c>stroke-dasharray</c> on the web and cuts the dashes itself for a board pack. <see cref="Solid"/> lines are plain
/// strokes on every canvas.
/// </remarks>
internal sealed class DashedLines(IReadOnlyList<Coordinates[]> polylines, Color colour, float width, IReadOnlyList<float>? pattern = null) : IPlottable
{
    /// <summary>The default pattern: 6-pixel dashes, 4-pixel gaps.</summary>
    public static IReadOnlyList<float> DefaultPattern { get; } = [6, 4];

    /// <summary>No gaps: each polyline is one stroke (a dash longer than any line).</summary>
    public static IReadOnlyList<float> Solid { get; } = [1e9f, 1];

    private readonly IReadOnlyList<float> intervals = pattern is { Count: >= 2 } p && p.Count % 2 == 0 ? p : DefaultPattern;

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    /// <remarks>None: the charts name their lines in their own key (<see cref="ChartKey"/>), whose samples are dashed.</remarks>
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Adds dashed polylines in <paramref name="colourHex"/> to <paramref name="plot"/>.</summary>
    /// <param name="pattern">Lengths in pixels of dash, gap, dash, gap …; the default when null.</param>
    public static DashedLines Add(Plot plot, IReadOnlyList<Coordinates[]> polylines, string colourHex, float width, IReadOnlyList<float>? pattern = null)
    {
        var lines = new DashedLines(polylines, ChartTheme.Colour(colourHex), width, pattern);
        plot.PlottableList.Add(lines);
        return lines;
    }

    /// <inheritdoc />
    public AxisLimits GetAxisLimits() => PlottableLimits.Around(polylines.SelectMany(p => p));

    /// <inheritdoc />
    public void Render(RenderPack rp)
    {
        var pixels = polylines.Select(p => p.Select(c => Axes.GetPixel(c)).ToArray()).ToList();
        if (!DashedPath.IsSolid(intervals))
        {
            PlotDrawables.Draw(rp.Plot, rp.Canvas, new DashedPath(pixels, intervals, colour.ToSKColor(), width));
            return;
        }

        // A solid line is the same on every canvas: one stroke a segment.
        using var path = new SKPath();
        foreach (var polyline in pixels)
        {
            DashedPath.AddDashes(path, polyline, intervals);
        }

        using var paint = new SKPaint { Color = colour.ToSKColor(), StrokeWidth = width, IsStroke = true, IsAntialias = true };
        rp.Canvas.DrawPath(path, paint);
    }
}
