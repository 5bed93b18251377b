using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Dashed polylines whose dashes are cut here, as plain stroked segments.</summary>
/// <remarks>
/// A Skia dash path effect is not supported by Skia's SVG backend: it writes a warning to stderr for every dashed
/// line and fills the dashes as outlines. Cutting the dashes ourselves keeps one stroked path per line in SVG and PDF.
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

    /// <summary>Text for the legend, or null for none; the legend shows a solid sample of the colour.</summary>
    public string? LegendText { get; set; }

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => LegendText is null
        ? []
        : [new LegendItem { LabelText = LegendText, LineColor = colour, LineWidth = width }];

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
        using var path = new SKPath();
        foreach (var polyline in polylines)
        {
            AddDashes(path, polyline.Select(c => Axes.GetPixel(c)).ToList(), intervals);
        }

        using var paint = new SKPaint { Color = colour.ToSKColor(), StrokeWidth = width, IsStroke = true, IsAntialias = true };
        rp.Canvas.DrawPath(path, paint);
    }

    /// <summary>Adds the dashes of <paramref name="pixels"/> to <paramref name="path"/>: the pattern runs on along the whole polyline, round corners and steps.</summary>
    internal static void AddDashes(SKPath path, IReadOnlyList<Pixel> pixels, IReadOnlyList<float> pattern)
    {
        var period = pattern.Sum();
        var travelled = 0f;
        for (var i = 1; i < pixels.Count; i++)
        {
            var (a, b) = (pixels[i - 1], pixels[i]);
            var length = MathF.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
            var along = 0f;
            while (along < length)
            {
                // Which interval of the pattern the pen is in, and how far to its end.
                var phase = travelled % period;
                var k = 0;
                var end = pattern[0];
                while (phase >= end - 1e-4f && k < pattern.Count - 1)
                {
                    k++;
                    end += pattern[k];
                }

                var step = Math.Max(1e-3f, Math.Min(end - phase, length - along));
                if (k % 2 == 0)
                {
                    path.MoveTo(Lerp(a, b, along / length));
                    path.LineTo(Lerp(a, b, (along + step) / length));
                }

                along += step;
                travelled += step;
            }
        }
    }

    private static SKPoint Lerp(Pixel a, Pixel b, float t) => new(a.X + ((b.X - a.X) * t), a.Y + ((b.Y - a.Y) * t));
}
