using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>A one-row key above the data area: for each line a short sample drawn with the line's own colour, width and dash pattern, and its name.</summary>
/// <remarks>
/// ScottPlot's legend draws dashed samples with a Skia dash effect, which Skia's SVG writer does not support (see
/// <see cref="DashedLines"/>), and draws a solid sample for our own dashed lines; this key cuts its dashes as the lines
/// do, so the key shows exactly the pattern that tells the limits, target and plan apart. The top axis panel is widened
/// to make room for it, so ScottPlot lays the data area out below the key.
/// </remarks>
internal sealed class ChartKey : IPlottable, IRenderLast
{
    /// <summary>Height of the strip the key takes above the data area, in pixels.</summary>
    public const float Height = 22;

    private const float Sample = 26;
    private const float SampleGap = 5;
    private const float ItemGap = 16;

    private readonly IReadOnlyList<KeyItem> items;

    private ChartKey(IReadOnlyList<KeyItem> items) => this.items = items;

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Adds a key of <paramref name="items"/> to <paramref name="plot"/> and makes room for it above the data area.</summary>
    public static ChartKey? Add(Plot plot, IReadOnlyList<KeyItem> items)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var key = new ChartKey(items);
        plot.Axes.Top.MinimumSize = Height;
        plot.PlottableList.Add(key);
        return key;
    }

    /// <inheritdoc />
    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    /// <inheritdoc />
    public void Render(RenderPack rp)
    {
        // Drawn in RenderLast: the key lies above the data area, outside its clip.
    }

    /// <inheritdoc />
    public void RenderLast(RenderPack rp)
    {
        // The resolver's own shared typeface: not ours to dispose.
        var typeface = ScottPlot.Fonts.GetTypeface(ChartTheme.FontName, false, false);
        using var font = new SKFont(typeface, ChartTheme.NoteFontSize);
        using var text = new SKPaint { Color = ChartTheme.Colour(ChartTheme.TextBlack).ToSKColor(), IsAntialias = true };
        using var line = new SKPaint { IsStroke = true, IsAntialias = true };
        var middle = rp.DataRect.Top - (Height / 2);
        var baseline = middle + (ChartTheme.NoteFontSize * 0.35f);
        var x = rp.DataRect.Left;
        foreach (var item in items)
        {
            using var path = new SKPath();
            Pixel[] sample = [new(x, middle), new(x + Sample, middle)];
            if (item.Pattern is { } pattern)
            {
                DashedLines.AddDashes(path, sample, pattern);
            }
            else
            {
                path.MoveTo(sample[0].X, sample[0].Y);
                path.LineTo(sample[1].X, sample[1].Y);
            }

            line.Color = ChartTheme.Colour(item.Colour).ToSKColor();
            line.StrokeWidth = item.Width;
            rp.Canvas.DrawPath(path, line);
            x += Sample + SampleGap;
            // Translated as ScottPlot places its own labels, so every chart text is anchored the same way.
            rp.Canvas.Save();
            rp.Canvas.Translate(x, baseline);
            rp.Canvas.DrawText(item.Label, 0, 0, SKTextAlign.Left, font, text);
            rp.Canvas.Restore();
            x += font.MeasureText(item.Label) + ItemGap;
        }
    }
}
