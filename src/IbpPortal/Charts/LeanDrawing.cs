using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Makes a laid-out plot record fewer drawing operations for the same picture.</summary>
/// <remarks>
/// Every drawing operation is recorded once and replayed for each SVG and PDF, and in SVG each is an element the
/// browser parses: at national scale there are some 41,000 charts. ScottPlot draws item by item, so this takes over or
/// drops the operations that repeat or paint nothing visible: tick marks and frames as one path (<see cref="AxisMarks"/>),
/// one clip for all plottables (<see cref="OneClipPlottables"/>), no data-area background of the figure's own colour, and
/// no clearing of the canvas under an opaque figure background, and no candidate tick labels for an axis without a range
/// (<see cref="UnsetAxisTicks"/>). Point markers and shaded bands are drawn one path a
/// colour by the builders themselves (<see cref="Dots"/>, <see cref="FilledPolygons"/>).
/// </remarks>
internal static class LeanDrawing
{
    /// <summary>Applies to <paramref name="plot"/>, whose axes must already be styled and their ticks set.</summary>
    public static void Apply(Plot plot)
    {
        UnsetAxisTicks.Apply(plot);
        AxisMarks.Add(plot);
        OneClipPlottables.Replace(plot);
        LayoutPass.SkipPainting(plot);

        // A white data area on a white figure paints nothing new; a transparent fill is not drawn at all.
        if (IsPlainOpaque(plot.FigureBackground) && IsPlainOpaque(plot.DataBackground) && plot.DataBackground.Color == plot.FigureBackground.Color)
        {
            plot.DataBackground.Color = Colors.Transparent;
        }

        // The figure background covers the whole canvas, so clearing it first only adds an operation.
        if (IsPlainOpaque(plot.FigureBackground))
        {
            plot.RenderManager.ClearCanvasBeforeEachRender = false;
        }
    }

    private static bool IsPlainOpaque(BackgroundStyle background) =>
        background.Image is null && background.FillStyle.Hatch is null && background.FillStyle.IsVisible && background.Color.A == 255;
}
