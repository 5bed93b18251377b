using System.Xml.Linq;
using IbpPortal.Analyse.Series;
using IbpPortal.Charts;
using IbpPortal.Model;
using ScottPlot;
using SkiaSharp;
using UglyToad.PdfPig;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

/// <summary>Issue #23: a dashed line is one SVG path the browser dashes with <c>stroke-dasharray</c>, not a path segment a dash; a board pack's PDF keeps its cut dashes.</summary>
public class SvgDashTests
{
    private static readonly Period April2016 = new(2016, 4);

    private static XDocument SpcWithPlan()
    {
        var plan = Enumerable.Range(0, 20).Select(i => new SeriesPoint(April2016.AddMonths(i), DataValue.Of(92))).ToList();
        using var chart = SpcChartBuilder.Build(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8", plan));
        return XDocument.Parse(chart.ToSvg("d").Markup);
    }

    /// <summary>The one path in <paramref name="colour"/> below the key strip (the data area starts 22 px down).</summary>
    private static XElement ChartLine(XDocument svg, string colour) =>
        Assert.Single(StrokedPaths(svg, colour), p => Polylines(p).All(l => l.All(point => point.Y > ChartKey.Height)));

    [Fact]
    public void Spc_limits_target_and_plan_are_one_path_each_with_the_theme_pattern_across_the_data_area()
    {
        var svg = SpcWithPlan();
        var dots = Dots(svg);
        var (first, last) = (dots.Min(d => d.X), dots.Max(d => d.X));

        // ShiftUp: 20 months, limits 86 and 95 for the one segment, a target of 95 every month; a plan of 92 every month.
        var limits = ChartLine(svg, ChartTheme.DarkGrey);
        Assert.Equal(DashArray(ChartTheme.LimitPattern), DashArray(limits));
        Assert.Equal("2 3", DashArray(limits));
        var (upper, lower) = (Polylines(limits)[0], Polylines(limits)[1]);
        Assert.Equal(2, Polylines(limits).Count);
        Assert.All([upper, lower], l => Assert.True(l.Count == 2 && l[0].Y == l[1].Y && l[0].X < first && l[1].X > last, "a level line across every month"));
        Assert.True(upper[0].Y < lower[0].Y, "the upper limit is drawn higher");

        var target = ChartLine(svg, ChartTheme.Target);
        Assert.Equal(DashArray(ChartTheme.TargetPattern), DashArray(target));
        var step = Assert.Single(Polylines(target));
        Assert.Single(step.Select(p => p.Y).Distinct());
        Assert.True(step.Min(p => p.X) < first && step.Max(p => p.X) > last, "the target spans every month");

        var plan = ChartLine(svg, ChartTheme.Plan);
        Assert.Equal(DashArray(ChartTheme.PlanPattern), DashArray(plan));
        var planned = Assert.Single(Polylines(plan));
        Assert.Equal(dots.Select(d => Math.Round(d.X, 1)).Order(), planned.Select(p => Math.Round(p.X, 1)));
    }

    [Fact]
    public void No_spc_path_is_cut_into_dashes()
    {
        var svg = SpcWithPlan();

        // A cut dash run is two strokes of a subpath each, the second going on along the first's line after a gap the
        // size of a pattern's (3 or 4 px). Before the browser dashed the lines, this chart had hundreds.
        var runs = svg.Descendants(Svg + "path")
            .Where(p => (string?)p.Attribute("stroke-linecap") != "round" && p.Attribute("d") is not null)
            .Sum(p => Polylines(p).Zip(Polylines(p).Skip(1)).Count(pair => GoesOn(pair.First, pair.Second)));
        Assert.Equal(0, runs);

        // The browser dashes limits, target and plan, each in the chart and in the key: six paths, two a pattern.
        var dashed = svg.Descendants(Svg + "path").Select(DashArray).OfType<string>().Order(StringComparer.Ordinal);
        Assert.Equal(["10 4", "10 4", "2 3", "2 3", "7 3 2 3", "7 3 2 3"], dashed);
    }

    private static bool GoesOn(List<(double X, double Y)> a, List<(double X, double Y)> b)
    {
        if (a.Count != 2 || b.Count != 2)
        {
            return false;
        }

        var (dx, dy) = (a[1].X - a[0].X, a[1].Y - a[0].Y);
        var length = Math.Sqrt((dx * dx) + (dy * dy));
        var (gx, gy) = (b[0].X - a[1].X, b[0].Y - a[1].Y);
        var gap = Math.Sqrt((gx * gx) + (gy * gy));
        var offLine = length == 0 ? gap : Math.Abs((dx * gy) - (dy * gx)) / length;
        return gap is > 0.5 and < 11 && offLine < 0.01;
    }

    [Fact]
    public void One_recording_is_dashed_by_the_browser_in_svg_and_cut_on_any_other_canvas()
    {
        using var plot = new Plot();
        plot.Axes.SetLimits(0, 1, 0, 1);
        DashedLines.Add(plot, [[new Coordinates(0, 0.5), new Coordinates(1, 0.5)]], ChartTheme.DarkGrey, 2f, [4, 4]);
        using var chart = ChartDrawing.Record(plot, new ChartSize(300, 200), "t", "d");

        var path = Assert.Single(StrokedPaths(XDocument.Parse(chart.ToSvg("x").Markup), ChartTheme.DarkGrey));
        Assert.Equal("4 4", DashArray(path));
        var line = Assert.Single(Polylines(path));

        // The same drawing on a bitmap: dash k covers x0 + 8k to x0 + 8k + 4, so the pixel 2 px into it is inked and
        // the one 2 px into the gap after it is white.
        using var bitmap = new SKBitmap(300, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            chart.DrawTo(canvas, SKRect.Create(300, 200));
        }

        var (x0, y) = (line[0].X, (int)Math.Floor(line[0].Y));
        for (var k = 0; x0 + (8 * k) + 8 < line[1].X; k++)
        {
            Assert.True(bitmap.GetPixel((int)(x0 + (8 * k) + 2), y).Red < 200, $"dash {k} is inked");
            Assert.Equal(SKColors.White, bitmap.GetPixel((int)(x0 + (8 * k) + 6), y));
        }
    }

    [Fact]
    public void A_pack_pdf_keeps_its_dashes_cut()
    {
        using var stream = new MemoryStream();
        using (var spc = SpcChartBuilder.Build(new SpcChartData("A&E, RR8", Percent(), ShiftUp(), "RR8")))
        using (var book = new ChartPdfBook(stream, new ChartPdfMetadata("charts", new DateTime(2019, 4, 30, 0, 0, 0, DateTimeKind.Utc))))
        {
            book.AddPage(spc);
        }

        using var pdf = PdfDocument.Open(stream.ToArray());
        var grey = ChartTheme.Colour(ChartTheme.DarkGrey);
        var limits = pdf.GetPage(1).Paths
            .Where(p => p.IsStroked && p.StrokeColor is { } c && Math.Abs((c.ToRGBValues().r * 255) - grey.R) < 1 && Math.Abs((c.ToRGBValues().b * 255) - grey.B) < 1)
            .SelectMany(p => p)
            .ToList();

        // Two limit lines across a 640-px chart in 5-px periods, and the key's sample: a subpath a dash, well over a hundred.
        Assert.True(limits.Count > 100, $"{limits.Count} limit strokes");
    }

    [Fact]
    public void Only_the_miter_limits_that_stand_for_a_pattern_become_dash_arrays()
    {
        var raw = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"5\">"
            + "<path stroke-miterlimit=\"4\" d=\"M0 0L1 1\"/><path stroke-miterlimit=\"1001\" d=\"M0 0L2 2\"/>"
            + "<path stroke-miterlimit=\"1002\" d=\"M0 0L3 3\"/><path stroke-miterlimit=\"1000.5\" d=\"M0 0L4 4\"/></svg>";

        var paths = XDocument.Parse(SvgAccessibility.Finish(raw, "x", new ChartSize(10, 5), "t", "d", ["2 3", "10 4"])).Descendants(Svg + "path").ToList();

        // Skia's own 4 is kept; 1001 is the second pattern; 1002 stands for none of the two, and 1000.5 is no marker.
        Assert.Equal(["4", null, "1002", "1000.5"], paths.Select(p => (string?)p.Attribute("stroke-miterlimit")));
        Assert.Equal([null, "10 4", null, null], paths.Select(DashArray));

        // A drawing without dashes is left alone.
        Assert.Contains("stroke-miterlimit=\"1001\"", SvgAccessibility.Finish(raw, "x", new ChartSize(10, 5), "t", "d"), StringComparison.Ordinal);
    }
}
