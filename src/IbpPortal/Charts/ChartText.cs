using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Measures chart text in the chart typeface, so a layout can be decided before ScottPlot draws it.</summary>
internal static class ChartText
{
    /// <summary>The advance width of <paramref name="text"/> at <paramref name="size"/> pixels, as Skia will draw it.</summary>
    public static float Width(string text, float size)
    {
        // The resolver's own shared typeface: not ours to dispose.
        using var font = new SKFont(EmbeddedTypefaces.RegularFor(text), size);
        return font.MeasureText(text);
    }
}
