using IbpPortal.Charts;
using ScottPlot;

namespace IbpPortal.Tests.Charts;

/// <summary>Chart drawing that skips work nobody sees: the SVG is the same as ScottPlot's own, with less drawn and measured.</summary>
public class RenderPassTests
{
    [Fact]
    public void An_axis_without_a_range_gets_no_ticks_and_one_with_a_range_gets_the_automatic_ones()
    {
        var plot = new Plot();
        plot.Axes.SetLimits(0, 10, 0, 100);
        UnsetAxisTicks.Apply(plot);

        Assert.IsType<UnsetAxisTicks>(plot.Axes.Top.TickGenerator);
        Assert.IsType<ScottPlot.TickGenerators.NumericAutomatic>(plot.Axes.Bottom.TickGenerator);

        using var paint = Paint.NewDisposablePaint();
        plot.Axes.Top.TickGenerator.Regenerate(plot.Axes.Top.Range.ToCoordinateRange, Edge.Top, new PixelLength(600), paint, plot.Axes.Top.TickLabelStyle);
        Assert.Empty(plot.Axes.Top.TickGenerator.Ticks);

        // Once set, the range gets ScottPlot's ticks: 0 to 10 over 600 pixels.
        var automatic = new ScottPlot.TickGenerators.NumericAutomatic();
        automatic.Regenerate(new CoordinateRange(0, 10), Edge.Top, new PixelLength(600), paint, plot.Axes.Top.TickLabelStyle);
        plot.Axes.Top.TickGenerator.Regenerate(new CoordinateRange(0, 10), Edge.Top, new PixelLength(600), paint, plot.Axes.Top.TickLabelStyle);
        Assert.Equal(automatic.Ticks.Select(t => t.Label), plot.Axes.Top.TickGenerator.Ticks.Select(t => t.Label));
        Assert.Contains("10", plot.Axes.Top.TickGenerator.Ticks.Select(t => t.Label));
    }

    [Fact]
    public void Skia_ids_are_numbered_per_chart_in_order_and_the_font_is_widened_to_a_stack()
    {
        var font = ChartTheme.FontName;
        var raw = "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"5\">"
            + "<clipPath id=\"clip_7\"><rect/></clipPath><g clip-path=\"url(#clip_7)\"><use href=\"#path_3\"/></g>"
            + "<path id=\"path_3\"/><text xid=\"keep\" font-family=\"" + font + "\">a</text></svg>";

        var svg = SvgAccessibility.Finish(raw, "x", new ChartSize(10, 5), "T & U", "D");

        // Written out by hand: the root replaced, clip_7 first seen so c1, path_3 c2, xid left alone.
        var expected = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 5\" class=\"ibp-chart\" role=\"img\" aria-labelledby=\"x-title x-desc\">"
            + "<title id=\"x-title\">T &amp; U</title><desc id=\"x-desc\">D</desc>"
            + "<clipPath id=\"x-c1\"><rect/></clipPath><g clip-path=\"url(#x-c1)\"><use href=\"#x-c2\"/></g>"
            + "<path id=\"x-c2\"/><text xid=\"keep\" font-family=\"" + ChartTheme.SvgFontStack + "\">a</text></svg>";
        Assert.Equal(expected, svg);
    }
}
