using ScottPlot;
using ScottPlot.Rendering.RenderActions;

namespace IbpPortal.Charts;

/// <summary>Marks the first of a chart's two render passes, which only settles the layout and is drawn nowhere.</summary>
/// <remarks>
/// <see cref="ChartDrawing"/> records the second pass only. During the first, the actions that only paint (backgrounds,
/// grid lines, plottables) are skipped: they change nothing the layout or the second pass reads. Panels (axes and the
/// legend) are still rendered, since the legend keeps the size it was drawn at for the next layout. The flag belongs to
/// the plot, not to a thread: the render actions read it from the plot they are given.
/// </remarks>
internal static class LayoutPass
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Plot, Flag> Passes = [];

    /// <summary>True while <paramref name="plot"/> renders a pass that is drawn nowhere.</summary>
    public static bool IsActive(Plot plot) => Passes.TryGetValue(plot, out var pass) && pass.Active;

    /// <summary>Marks the start (true) or end (false) of a layout pass of <paramref name="plot"/>.</summary>
    public static void Set(Plot plot, bool isActive) => Passes.GetOrCreateValue(plot).Active = isActive;

    /// <summary>Wraps <paramref name="plot"/>'s painting-only render actions so that a layout pass skips them.</summary>
    public static void SkipPainting(Plot plot)
    {
        var actions = plot.RenderManager.RenderActions;
        for (var i = 0; i < actions.Count; i++)
        {
            if (actions[i] is RenderFigureBackground or RenderDataBackground or RenderGridsBelowPlottables or RenderGridsAbovePlottables or RenderPlottablesLast)
            {
                actions[i] = new PaintingAction(actions[i]);
            }
        }
    }

    /// <summary>A plot's flag.</summary>
    private sealed class Flag
    {
        public bool Active { get; set; }
    }

    /// <summary>A render action that only paints, skipped during a layout pass.</summary>
    private sealed class PaintingAction(IRenderAction inner) : IRenderAction
    {
        public void Render(RenderPack rp)
        {
            if (!IsActive(rp.Plot))
            {
                inner.Render(rp);
            }
        }
    }
}
