using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Dashed polylines whose dashes are cut here, as plain stroked segments.</summary>
/// <remarks>
/// A Skia dash path effect is not supported by Skia's SVG backend: it writes a warning to stderr for every dashed
/// line and fills the dashes as outlines. Cutting the dashes ourselves keeps one stroked path per line in SVG and PDF.
/// </remarks>
internal sealed class DashedLines(IReadOnlyList<Coordinates[]> polylines, Color colour, float width, float dash = 6, float gap = 4) : IPlottable
{
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
    public static DashedLines Add(Plot plot, IReadOnlyList<Coordinates[]> polylines, string colourHex, float width)
    {
        var lines = new DashedLines(polylines, ChartTheme.Colour(colourHex), width);
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
            AddDashes(path, polyline.Select(c => Axes.GetPixel(c)).ToList());
        }

        using var paint = new SKPaint { Color = colour.ToSKColor(), StrokeWidth = width, IsStroke = true, IsAntialias = true };
        rp.Canvas.DrawPath(path, paint);
    }

    private void AddDashes(SKPath path, List<Pixel> pixels)
    {
        // The dash pattern runs on along the whole polyline, round corners and steps.
        var period = dash + gap;
        var travelled = 0f;
        for (var i = 1; i < pixels.Count; i++)
        {
            var (a, b) = (pixels[i - 1], pixels[i]);
            var length = MathF.Sqrt(((b.X - a.X) * (b.X - a.X)) + ((b.Y - a.Y) * (b.Y - a.Y)));
            var along = 0f;
            while (along < length)
            {
                var phase = travelled % period;
                var step = phase < dash ? Math.Min(dash - phase, length - along) : Math.Min(period - phase, length - along);
                if (phase < dash)
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
