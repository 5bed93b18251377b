using ScottPlot;
using ScottPlot.Panels;

namespace IbpPortal.Charts;

/// <summary>A legend below the chart, as ScottPlot's <see cref="Plot.ShowLegend(Edge)"/> places it, measured without drawing it.</summary>
/// <remarks>
/// ScottPlot's <see cref="LegendPanel"/> measures a legend that has not yet been drawn by drawing it into a bitmap
/// (<see cref="Legend.GetImage"/>): text rasterised at every chart's first layout pass, and a native image left for the
/// finalizer thread to free. The size it keeps is the legend's layout at unlimited size, so a legend that then wraps
/// onto more rows when drawn under the data area changes the layout, and the chart has to be laid out a third time
/// (<see cref="ChartDrawing"/> records only a pass that a further pass would draw the same). Here a legend below the
/// chart is first measured at the width it will be drawn at: the figure's width less the panels at its left and right,
/// measured as the layout measures them. Once the legend has been drawn, its last drawn size is used, as ScottPlot does.
/// </remarks>
internal sealed class MeasuredLegendPanel(Plot plot, float figureWidth) : LegendPanel(plot.Legend)
{
    /// <summary>Shows <paramref name="plot"/>'s legend in a panel on <paramref name="edge"/> of a figure <paramref name="figureWidth"/> wide, as <see cref="Plot.ShowLegend(Edge)"/> does.</summary>
    public static void Show(Plot plot, Edge edge, float figureWidth)
    {
        plot.HideLegend();
        plot.Legend.Orientation = edge.IsVertical() ? Orientation.Vertical : Orientation.Horizontal;
        plot.Axes.AddPanel(new MeasuredLegendPanel(plot, figureWidth) { Edge = edge, Alignment = Alignment.MiddleCenter });
    }

    /// <inheritdoc />
    public override float Measure(Paint paint)
    {
        var size = Legend.LastRenderSize == PixelSize.NaN ? UndrawnSize() : Legend.LastRenderSize;
        return Edge.IsVertical() ? size.Width + Padding.Horizontal : size.Height + Padding.Vertical;
    }

    /// <summary>The legend's layout at the width it will be drawn at (below or above the chart), or with no limit (beside it).</summary>
    private PixelSize UndrawnSize()
    {
        var items = Legend.GetItems();
        if (items.Length == 0)
        {
            return LegendLayout.NoLegend.LegendRect.Size;
        }

        using var paint = Paint.NewDisposablePaint();
        var limit = Edge.IsVertical() ? PixelSize.Infinity : new PixelSize(DataWidth(paint), float.PositiveInfinity);
        return Legend.Layout.GetLayout(Legend, items, limit, paint).LegendRect.Size;
    }

    /// <summary>The data area's width as the layout will make it: the figure less the panels on its left and right.</summary>
    private float DataWidth(Paint paint)
    {
        var sides = plot.Axes.GetPanels()
            .Where(p => p != this && p.Edge is Edge.Left or Edge.Right)
            .Sum(p => p.MinimumSize == p.MaximumSize ? p.MinimumSize : Math.Clamp(p.Measure(paint), p.MinimumSize, p.MaximumSize));
        return Math.Max(0, figureWidth - sides);
    }
}
