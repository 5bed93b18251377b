using ScottPlot;
using ScottPlot.Rendering.RenderActions;

namespace IbpPortal.Charts;

/// <summary>Renders the plottables as ScottPlot's <see cref="RenderPlottables"/> does, but under one clip to the data area instead of one each.</summary>
/// <remarks>
/// ScottPlot saves, clips and restores the canvas around every plottable, and Skia's SVG writer opens a new
/// <c>clipPath</c> and group for every clip it is given, even the same rectangle again: three elements a plottable. Here
/// the clip is set once and kept while each plottable leaves the canvas as it found it; one that does not (a restore
/// too many, a transform or a clip of its own left behind) is cleaned up after and the clip set again, as ScottPlot would.
/// </remarks>
internal sealed class OneClipPlottables : IRenderAction
{
    /// <summary>Puts this in place of ScottPlot's plottable rendering for <paramref name="plot"/>.</summary>
    public static void Replace(Plot plot)
    {
        var actions = plot.RenderManager.RenderActions;
        var index = actions.FindIndex(a => a is RenderPlottables);
        if (index >= 0)
        {
            actions[index] = new OneClipPlottables();
        }
    }

    /// <inheritdoc />
    public void Render(RenderPack rp)
    {
        var clipped = false;
        var levels = 0;
        var saveCount = 0;
        var matrix = default(SkiaSharp.SKMatrix);
        var clip = default(SkiaSharp.SKRectI);
        if (LayoutPass.IsActive(rp.Plot))
        {
            // Drawn nowhere: the plottables only learn the data area, as they would before drawing.
            foreach (var plottable in rp.Plot.PlottableList.Where(p => p.IsVisible))
            {
                plottable.Axes.DataRect = rp.DataRect;
            }

            return;
        }

        foreach (var plottable in rp.Plot.PlottableList.Where(p => p.IsVisible).ToArray())
        {
            plottable.Axes.DataRect = rp.DataRect;
            if (plottable is IPlottableGL plottableGL)
            {
                // Drawn unclipped, as ScottPlot draws them.
                rp.CanvasState.DisableClipping();
                clipped = false;
                rp.CanvasState.Save();
                plottableGL.Render(rp);
                rp.CanvasState.DisableClipping();
                continue;
            }

            if (!clipped)
            {
                rp.CanvasState.Save();
                rp.CanvasState.Clip(rp.DataRect);
                (clipped, levels, saveCount, matrix, clip) = (true, rp.CanvasState.SaveLevels, rp.Canvas.SaveCount, rp.Canvas.TotalMatrix, rp.Canvas.DeviceClipBounds);
            }

            plottable.Render(rp);
            if (rp.CanvasState.SaveLevels != levels || rp.Canvas.SaveCount != saveCount || rp.Canvas.TotalMatrix != matrix || rp.Canvas.DeviceClipBounds != clip)
            {
                rp.CanvasState.DisableClipping();
                clipped = false;
            }
        }

        rp.CanvasState.DisableClipping();
    }
}
