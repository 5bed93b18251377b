using ScottPlot;
using ScottPlot.Panels;

namespace IbpPortal.Charts;

/// <summary>A legend below the chart, as ScottPlot's <see cref="Plot.ShowLegend(Edge)"/> places it, measured without drawing it.</summary>
/// <remarks>
/// ScottPlot's <see cref="LegendPanel"/> measures a legend that has not yet been drawn by drawing it into a bitmap
/// (<see cref="Legend.GetImage"/>): text rasterised at every chart's first layout pass, and a native image left for the
/// finalizer thread to free. The size it keeps is the legend's layout at unlimited size, which is computed here directly;
/// once the legend has been drawn, its last drawn size is used, as ScottPlot does, so the layout is the same.
/// </remarks>
internal sealed class MeasuredLegendPanel(Legend legend) : LegendPanel(legend)
{
    /// <summary>Shows <paramref name="plot"/>'s legend in a panel on <paramref name="edge"/>, as <see cref="Plot.ShowLegend(Edge)"/> does.</summary>
    public static void Show(Plot plot, Edge edge)
    {
        plot.HideLegend();
        plot.Legend.Orientation = edge.IsVertical() ? Orientation.Vertical : Orientation.Horizontal;
        plot.Axes.AddPanel(new MeasuredLegendPanel(plot.Legend) { Edge = edge, Alignment = Alignment.MiddleCenter });
    }

    /// <inheritdoc />
    public override float Measure(Paint paint)
    {
        var size = Legend.LastRenderSize == PixelSize.NaN ? UndrawnSize() : Legend.LastRenderSize;
        return Edge.IsVertical() ? size.Width + Padding.Horizontal : size.Height + Padding.Vertical;
    }

    /// <summary>The size <see cref="Legend.GetImage"/> would draw the legend at: its layout with no limit, with a fresh paint.</summary>
    private PixelSize UndrawnSize()
    {
        var items = Legend.GetItems();
        if (items.Length == 0)
        {
            return LegendLayout.NoLegend.LegendRect.Size;
        }

        using var paint = Paint.NewDisposablePaint();
        return Legend.Layout.GetLayout(Legend, items, PixelSize.Infinity, paint).LegendRect.Size;
    }
}
