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

    /// <summary>How much of a chart's width the axis labels and margins take, at most, in pixels: the key wraps within the rest.</summary>
    private const float AxisAllowance = 80;

    private readonly IReadOnlyList<KeyItem> items;
    private readonly IReadOnlyList<int> rowOf;

    private ChartKey(IReadOnlyList<KeyItem> items, IReadOnlyList<int> rowOf)
    {
        this.items = items;
        this.rowOf = rowOf;
    }

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Adds a key of <paramref name="items"/> to <paramref name="plot"/> and makes room for it above the data area.</summary>
    /// <param name="plot">The chart.</param>
    /// <param name="items">The key's entries, in order.</param>
    /// <param name="chartWidth">The chart's width in pixels: a key too long for one row wraps onto more (a small print chart).</param>
    public static ChartKey? Add(Plot plot, IReadOnlyList<KeyItem> items, float chartWidth = float.MaxValue)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var key = new ChartKey(items, Rows(items, chartWidth - AxisAllowance));
        plot.Axes.Top.MinimumSize = Height * (key.rowOf[^1] + 1);
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
        int rows = rowOf[^1] + 1;
        var x = rp.DataRect.Left;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (i > 0 && rowOf[i] != rowOf[i - 1])
            {
                x = rp.DataRect.Left;
            }

            var middle = rp.DataRect.Top - (Height * (rows - rowOf[i])) + (Height / 2);
            var baseline = middle + (ChartTheme.NoteFontSize * 0.35f);
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

    /// <summary>The row of each item when the key wraps within <paramref name="width"/> pixels (every item on row 0 when it fits).</summary>
    private static int[] Rows(IReadOnlyList<KeyItem> items, float width)
    {
        var typeface = ScottPlot.Fonts.GetTypeface(ChartTheme.FontName, false, false);
        using var font = new SKFont(typeface, ChartTheme.NoteFontSize);
        var rows = new int[items.Count];
        float x = 0;
        int row = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var itemWidth = Sample + SampleGap + font.MeasureText(items[i].Label);
            if (i > 0 && x + itemWidth > width)
            {
                row++;
                x = 0;
            }

            rows[i] = row;
            x += itemWidth + ItemGap;
        }

        return rows;
    }
}
