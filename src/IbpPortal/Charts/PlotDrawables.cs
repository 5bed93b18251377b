using ScottPlot;
using SkiaSharp;

namespace IbpPortal.Charts;

/// <summary>Keeps alive the drawables a plot's plottables drew, until the chart recorded from the plot takes them.</summary>
/// <remarks>
/// A recording keeps a drawable's native half only: SkiaSharp holds the managed half weakly, and playing the recording
/// back after that half is collected would call into nothing. The plottables hand their drawables to the plot here and
/// <see cref="ChartDrawing"/> takes them with the recording, to keep as long as it does. The list belongs to the plot,
/// as <see cref="LayoutPass"/>'s flag does.
/// </remarks>
internal static class PlotDrawables
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plot, List<SKDrawable>> Kept = [];

    /// <summary>Draws <paramref name="drawable"/> on <paramref name="canvas"/> and keeps it alive with <paramref name="plot"/>.</summary>
    public static void Draw(Plot plot, SKCanvas canvas, SKDrawable drawable)
    {
        var kept = Kept.GetOrCreateValue(plot);
        lock (kept)
        {
            kept.Add(drawable);
        }

        canvas.DrawDrawable(drawable, 0, 0);
    }

    /// <summary>The drawables <paramref name="plot"/>'s plottables have drawn since the last call, now the caller's to keep and dispose.</summary>
    public static List<SKDrawable> Take(Plot plot)
    {
        if (!Kept.TryGetValue(plot, out var kept))
        {
            return [];
        }

        Kept.Remove(plot);
        return kept;
    }
}
