using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Names the quartile bands of a ranking in a strip just above the data area, each label over its band and none touching another.</summary>
/// <remarks>
/// A band can be a few pixels wide (four trusts within half a point of the median), so a label too wide for its band
/// is moved sideways just far enough to clear its neighbours and stays inside the data area; the order of the labels is
/// always the order of the bands.
/// </remarks>
internal sealed class QuartileBandLabels : IPlottable, IRenderLast
{
    /// <summary>Height of the strip the labels take above the data area, in pixels.</summary>
    public const float Height = 18;

    private const float Gap = 6;

    private readonly IReadOnlyList<(double From, double To, string Label)> bands;

    private QuartileBandLabels(IReadOnlyList<(double From, double To, string Label)> bands) => this.bands = bands;

    /// <inheritdoc />
    public bool IsVisible { get; set; } = true;

    /// <inheritdoc />
    public IAxes Axes { get; set; } = new Axes();

    /// <inheritdoc />
    public IEnumerable<LegendItem> LegendItems => [];

    /// <summary>Adds labels for <paramref name="bands"/> (value ranges along x, in order) to <paramref name="plot"/>.</summary>
    public static QuartileBandLabels Add(Plot plot, IReadOnlyList<(double From, double To, string Label)> bands)
    {
        var labels = new QuartileBandLabels(bands);
        plot.PlottableList.Add(labels);
        return labels;
    }

    /// <summary>Left edges for labels of <paramref name="widths"/> wanted centred at <paramref name="centres"/>, kept <paramref name="gap"/> apart and inside <paramref name="left"/>–<paramref name="right"/>.</summary>
    internal static float[] Place(IReadOnlyList<float> centres, IReadOnlyList<float> widths, float left, float right, float gap)
    {
        var x = new float[centres.Count];
        for (var i = 0; i < x.Length; i++)
        {
            x[i] = Math.Max(centres[i] - (widths[i] / 2), i == 0 ? left : x[i - 1] + widths[i - 1] + gap);
        }

        for (var i = x.Length - 1; i >= 0; i--)
        {
            x[i] = Math.Min(x[i], i == x.Length - 1 ? right - widths[i] : x[i + 1] - gap - widths[i]);
        }

        return x;
    }

    /// <inheritdoc />
    public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

    /// <inheritdoc />
    public void Render(RenderPack rp)
    {
        // Drawn in RenderLast: the labels lie above the data area, outside its clip.
    }

    /// <inheritdoc />
    public void RenderLast(RenderPack rp)
    {
        var shown = bands.Where(b => b.To > b.From).ToList();
        using var font = new SKFont(EmbeddedTypefaces.RegularFor(string.Concat(shown.Select(b => b.Label))), ChartTheme.NoteFontSize);
        using var paint = new SKPaint { Color = ChartTheme.Colour(ChartTheme.TextBlack).ToSKColor(), IsAntialias = true };
        var widths = shown.Select(b => font.MeasureText(b.Label)).ToList();
        var centres = shown.Select(b => (Axes.GetPixelX(b.From) + Axes.GetPixelX(b.To)) / 2).ToList();
        var lefts = Place(centres, widths, rp.DataRect.Left, rp.DataRect.Right, Gap);
        var baseline = rp.DataRect.Top - 5;
        for (var i = 0; i < shown.Count; i++)
        {
            // Translated as ScottPlot places its own labels, so every chart text is anchored the same way.
            rp.Canvas.Save();
            rp.Canvas.Translate(lefts[i], baseline);
            rp.Canvas.DrawText(shown[i].Label, 0, 0, SKTextAlign.Left, font, paint);
            rp.Canvas.Restore();
        }
    }
}
