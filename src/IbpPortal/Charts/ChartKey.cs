using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>A key above the data area: for each line a short sample drawn with the line's own colour, width and dash pattern, and its name; in as many rows as the chart's width needs.</summary>
/// <remarks>
/// ScottPlot's legend draws dashed samples with a Skia dash effect, which Skia's SVG writer does not support (see
/// <see cref="DashedLines"/>), and draws a solid sample for our own dashed lines; this key draws its dashed samples as
/// the lines are drawn (a <see cref="DashedPath"/>), so the key shows exactly the pattern that tells the limits, target
/// and plan apart. The top axis panel is widened
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
    private readonly IReadOnlyList<int> rowStarts;
    private readonly float below;

    private ChartKey(IReadOnlyList<KeyItem> items, IReadOnlyList<int> rowStarts, float below)
    {
        this.items = items;
        this.rowStarts = rowStarts;
        this.below = below;
    }

    /// <summary>How many rows the key takes.</summary>
    public int Rows => rowStarts.Count;

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Adds a key of <paramref name="items"/> to <paramref name="plot"/> and makes room for it above the data area.</summary>
    /// <param name="maxWidth">The widest a row may be, in pixels: items that would pass it start a new row.</param>
    /// <param name="below">Pixels left free between the key and the data area, for labels drawn there.</param>
    public static ChartKey? Add(Plot plot, IReadOnlyList<KeyItem> items, float maxWidth = float.PositiveInfinity, float below = 0)
    {
        if (items.Count == 0)
        {
            return null;
        }

        var key = new ChartKey(items, RowStarts(items, maxWidth), below);
        plot.Axes.Top.MinimumSize = (key.Rows * Height) + below;
        plot.PlottableList.Add(key);
        return key;
    }

    /// <summary>The width one item takes in a row, gap after it included.</summary>
    internal static float ItemWidth(KeyItem item)
    {
        using var font = KeyFont(item.Label);
        return Sample + SampleGap + font.MeasureText(item.Label) + ItemGap;
    }

    private static List<int> RowStarts(IReadOnlyList<KeyItem> items, float maxWidth)
    {
        var starts = new List<int> { 0 };
        var used = 0f;
        for (var i = 0; i < items.Count; i++)
        {
            var width = ItemWidth(items[i]);
            if (i > 0 && used + width - ItemGap > maxWidth)
            {
                starts.Add(i);
                used = 0;
            }

            used += width;
        }

        return starts;
    }

    // The resolver's own shared typeface, lean unless the text needs the whole font: not ours to dispose.
    private static SKFont KeyFont(string text) => new(EmbeddedTypefaces.RegularFor(text), ChartTheme.NoteFontSize);

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
        using var font = KeyFont(string.Concat(items.Select(i => i.Label)));
        using var text = new SKPaint { Color = ChartTheme.Colour(ChartTheme.TextBlack).ToSKColor(), IsAntialias = true };
        using var line = new SKPaint { IsStroke = true, IsAntialias = true };
        var row = -1;
        var x = rp.DataRect.Left;
        var middle = 0f;
        var baseline = 0f;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (row + 1 < rowStarts.Count && rowStarts[row + 1] == i)
            {
                row++;
                x = rp.DataRect.Left;
                middle = rp.DataRect.Top - below - ((Rows - row - 0.5f) * Height);
                baseline = middle + (ChartTheme.NoteFontSize * 0.35f);
            }

            using var path = new SKPath();
            Pixel[] sample = [new(x, middle), new(x + Sample, middle)];
            var centre = x + (Sample / 2);
            if (item.Mark == KeyMark.Dot)
            {
                // A round-capped stroke a hundredth of a pixel long, as the chart's dots are drawn (see Dots).
                path.MoveTo(centre - 0.005f, middle);
                path.LineTo(centre + 0.005f, middle);
                line.StrokeCap = SKStrokeCap.Round;
            }
            else if (item.Mark == KeyMark.Tick)
            {
                path.MoveTo(centre, middle - 6);
                path.LineTo(centre, middle + 6);
                line.StrokeCap = SKStrokeCap.Butt;
            }
            else if (item.Pattern is { } pattern && !DashedPath.IsSolid(pattern))
            {
                // Dashed as the line is: one path the browser dashes in SVG, cut dashes in a PDF.
                PlotDrawables.Draw(rp.Plot, rp.Canvas, new DashedPath([sample], pattern, ChartTheme.Colour(item.Colour).ToSKColor(), item.Width));
            }
            else
            {
                path.MoveTo(sample[0].X, sample[0].Y);
                path.LineTo(sample[1].X, sample[1].Y);
            }

            if (item.Mark is KeyMark.Line or KeyMark.LineAndDot)
            {
                line.StrokeCap = SKStrokeCap.Butt;
            }

            if (!path.IsEmpty)
            {
                line.Color = ChartTheme.Colour(item.Colour).ToSKColor();
                line.StrokeWidth = item.Width;
                rp.Canvas.DrawPath(path, line);
            }

            if (item.Mark == KeyMark.LineAndDot)
            {
                // The dot over the line's middle, drawn as the chart's dots are (see Dots).
                using var dot = new SKPath();
                dot.MoveTo(centre - 0.005f, middle);
                dot.LineTo(centre + 0.005f, middle);
                line.StrokeCap = SKStrokeCap.Round;
                line.StrokeWidth = item.Width * 2;
                rp.Canvas.DrawPath(dot, line);
            }

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
