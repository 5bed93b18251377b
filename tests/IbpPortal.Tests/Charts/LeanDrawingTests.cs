using IbpPortal.Analyse.Series;
using System.Globalization;
using System.Xml.Linq;
using IbpPortal.Charts;
using IbpPortal.Model;
using ScottPlot;
using SkiaSharp;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

/// <summary>Charts drawn with one path where ScottPlot drew one element per tick, point, band or clip, and looking the same.</summary>
public class LeanDrawingTests
{
    private static readonly Period April2016 = new(2016, 4);

    private static XDocument Read(ChartDrawing chart) => XDocument.Parse(chart.ToSvg("c").Markup);

    private static XDocument Spc()
    {
        using var chart = SpcChartBuilder.Build(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8"));
        return Read(chart);
    }

    /// <summary>The axis marks: dark grey 1 px paths drawn outside the data area's clip (the key's dotted limits sample is 1.2 px).</summary>
    private static List<XElement> AxisPaths(XDocument svg) =>
        svg.Root!.Elements(Svg + "path").Where(p => string.Equals((string?)p.Attribute("stroke"), ChartTheme.DarkGrey, StringComparison.OrdinalIgnoreCase)
            && (string?)p.Attribute("stroke-width") == "1").ToList();

    /// <summary>The tick marks of every axis: the short segments of the one axis path.</summary>
    private static List<Segment> TickMarks(XDocument svg) => Segments(Assert.Single(AxisPaths(svg))).Where(s => s.Length <= 4).ToList();

    /// <summary>The frames of the bottom and left axes: the long segments of the one axis path.</summary>
    private static List<Segment> Frames(XDocument svg) => Segments(Assert.Single(AxisPaths(svg))).Where(s => s.Length > 4).ToList();

    /// <summary>The horizontal texts with where they are anchored (the value axis' title is rotated, and is not a tick label).</summary>
    private static List<(string Text, double X, double Y)> Texts(XDocument svg) =>
        svg.Descendants(Svg + "text").Where(t => ((string?)t.Attribute("transform") ?? string.Empty).StartsWith("translate(", StringComparison.Ordinal))
            .Select(t => (t.Value.Trim(), Anchor(t).X, Anchor(t).Y)).ToList();

    private static bool IsMonthLabel(string text) => text.Length == 6 && text[3] == ' ' && char.IsUpper(text[0]) && char.IsDigit(text[5]);

    [Fact]
    public void Spc_ticks_and_frames_of_both_axes_are_one_path()
    {
        var svg = Spc();

        Assert.Single(AxisPaths(svg));
        Assert.Equal(2, Frames(svg).Count);
        Assert.Equal(20 + Texts(svg).Count(t => t.Text.EndsWith('%')), TickMarks(svg).Count);
    }

    [Fact]
    public void Month_ticks_are_one_a_month_and_long_under_every_label()
    {
        var svg = Spc();

        var axisY = Frames(svg).Single(s => s.IsHorizontal).Y1;
        var ticks = TickMarks(svg).Where(s => s.IsVertical && Math.Abs(s.Y1 - axisY) < 0.01).OrderBy(t => t.X1).ToList();
        Assert.Equal(20, ticks.Count);

        // ScottPlot puts a month label 2 px below the end of its 4 px tick, centred on it; the other months get 2 px ticks.
        var labels = Texts(svg).Where(t => IsMonthLabel(t.Text)).ToList();
        Assert.Contains(labels, l => l.Text == "Apr 16");
        Assert.All(labels, label => Assert.Contains(ticks, t => Math.Abs(t.Length - 4) < 0.01 && Math.Abs(t.X1 - label.X) < 0.01 && Math.Abs(t.Y2 + 2 - label.Y) < 0.01));
        Assert.Equal(labels.Count, ticks.Count(t => Math.Abs(t.Length - 4) < 0.01));
        Assert.Equal(20 - labels.Count, ticks.Count(t => Math.Abs(t.Length - 2) < 0.01));
    }

    [Fact]
    public void Value_ticks_sit_beside_their_labels()
    {
        var svg = Spc();

        var axisX = Frames(svg).Single(s => s.IsVertical).X1;
        var ticks = TickMarks(svg).Where(s => s.IsHorizontal && Math.Abs(s.X1 - axisX) < 0.01).ToList();
        var labels = Texts(svg).Where(t => t.Text.EndsWith('%')).ToList();
        Assert.NotEmpty(labels);
        Assert.Equal(labels.Count, ticks.Count);
        Assert.All(labels, label => Assert.Contains(ticks, t => Math.Abs(t.Y1 - label.Y) < 0.01 && Math.Abs(t.X2 - 5 - label.X) < 0.01));
    }

    [Fact]
    public void Tick_marks_and_labels_are_where_ScottPlot_draws_them_itself()
    {
        using var own = Record(lean: false);
        using var lean = Record(lean: true);
        var ownSvg = Read(own);
        var leanSvg = Read(lean);

        // ScottPlot: one path per tick and per frame; here one path for them all, with the same segments.
        Assert.True(AxisPaths(ownSvg).Count > 40, "ScottPlot draws each tick as a path of its own");
        static List<string> Marks(XDocument svg) => AxisPaths(svg).SelectMany(Segments)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.X1:F2} {s.Y1:F2} {s.X2:F2} {s.Y2:F2}")).Order().ToList();
        Assert.Single(AxisPaths(leanSvg));
        Assert.Equal(Marks(ownSvg), Marks(leanSvg));
        Assert.Equal(Texts(ownSvg), Texts(leanSvg));
    }

    [Fact]
    public void Spc_points_are_one_path_a_colour_and_no_ellipses()
    {
        var svg = Spc();

        Assert.Empty(svg.Descendants(Svg + "ellipse"));
        var paths = DotPaths(svg);
        Assert.Equal([ChartTheme.CommonCause, ChartTheme.Improvement], paths.Select(p => ((string)p.Attribute("stroke")!).ToUpperInvariant()));
        Assert.Equal(["6", "8"], paths.Select(p => (string)p.Attribute("stroke-width")!));
        Assert.Equal([13, 7], paths.Select(p => Segments(p).Count));
    }

    [Fact]
    public void Dots_have_the_centres_and_sizes_of_ScottPlot_markers()
    {
        using var own = Record(lean: false);
        using var lean = Record(lean: true);

        var markers = Read(own).Descendants(Svg + "ellipse")
            .Select(e => new Dot((double)e.Attribute("cx")!, (double)e.Attribute("cy")!, 2 * (double)e.Attribute("rx")!, ((string)e.Attribute("fill")!).ToUpperInvariant()))
            .ToList();
        var dots = Dots(Read(lean));
        Assert.Equal(36, markers.Count);
        Assert.Equal(markers.Count, dots.Count);
        foreach (var (marker, dot) in markers.Zip(dots))
        {
            Assert.Equal(marker.Colour, dot.Colour);
            Assert.Equal(marker.Diameter, dot.Diameter, 3);
            // Skia writes six significant figures, so a dot's two ends are each rounded by up to 0.005 px.
            Assert.InRange(Math.Abs(marker.X - dot.X), 0, 0.011);
            Assert.InRange(Math.Abs(marker.Y - dot.Y), 0, 0.011);
        }
    }

    [Fact]
    public void A_lean_chart_looks_like_ScottPlots_own_drawing()
    {
        using var own = Record(lean: false);
        using var lean = Record(lean: true);
        using var ownImage = Raster(own);
        using var leanImage = Raster(lean);

        // Anti-aliased edges of circles and of the axis lines may differ by a shade; nothing may move or change size.
        var (changed, large) = Compare(ownImage, leanImage);
        Assert.True(changed < ownImage.Width * ownImage.Height / 200, $"{changed} pixels changed");
        Assert.True(large == 0, $"{large} pixels changed by more than a quarter of their range");
    }

    [Fact]
    public void Every_plottable_is_drawn_under_one_clip()
    {
        var svg = Spc();

        Assert.Single(svg.Descendants(Svg + "clipPath"));
        var group = Assert.Single(svg.Root!.Elements(Svg + "g"));

        // Outside it only the grid, the key's samples (mean, limits, target: issue #20) and the axis marks; inside, data line, mean, limits, target and two colours of dots.
        Assert.Equal(
            [ChartTheme.PaleGrey, ChartTheme.TextBlack, ChartTheme.DarkGrey, ChartTheme.Target, ChartTheme.DarkGrey],
            svg.Root.Elements(Svg + "path").Select(p => ((string)p.Attribute("stroke")!).ToUpperInvariant()));
        Assert.Equal(
            [ChartTheme.CommonCause, ChartTheme.TextBlack, ChartTheme.DarkGrey, ChartTheme.Target, ChartTheme.CommonCause, ChartTheme.Improvement],
            group.Elements(Svg + "path").Select(p => ((string)p.Attribute("stroke")!).ToUpperInvariant()));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void A_plottable_that_leaves_the_canvas_changed_does_not_change_the_next(bool translate, bool unclip)
    {
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        plot.PlottableList.Add(new CanvasSpoiler(translate, unclip));
        var line = plot.Add.Line(-10, 0.5, 10, 0.5);
        line.Color = ChartTheme.Colour(ChartTheme.Target);
        plot.Axes.SetLimits(0, 1, 0, 1);
        LeanDrawing.Apply(plot);
        using var chart = ChartDrawing.Record(plot, new ChartSize(400, 200), "t", "d");
        var svg = Read(chart);

        // The line runs far beyond the data area: still clipped to it, and not moved by the spoiler's translation.
        var path = Assert.Single(StrokedPaths(svg, ChartTheme.Target));
        Assert.NotNull(path.Parent!.Attribute("clip-path"));
        var segment = Assert.Single(Segments(path));
        Assert.True(segment.X1 < -1000, $"drawn from the line's own start, not translated: {segment.X1}");
    }

    [Fact]
    public void Only_the_figure_background_is_painted_under_the_chart()
    {
        var svg = Spc();

        var rect = Assert.Single(svg.Descendants(Svg + "rect"), r => r.Parent!.Name != Svg + "clipPath");
        Assert.Equal("white", (string?)rect.Attribute("fill"));
        Assert.Equal(svg.Root!.Elements().First(e => e.Name != Svg + "title" && e.Name != Svg + "desc"), rect);
    }

    [Fact]
    public void Demand_shortfall_bands_are_one_path()
    {
        var start = new Period(2018, 4);
        var demand = Enumerable.Range(0, 8).Select(i => new SeriesPoint(start.AddMonths(i), DataValue.Of(i is >= 2 and <= 6 ? 130 : 90))).ToList();
        var capacity = Enumerable.Range(0, 8).Select(i => new SeriesPoint(start.AddMonths(i), DataValue.Of(100))).ToList();
        using var chart = DemandCapacityChartBuilder.Build(new DemandCapacityChartData("Beds", Count("Demand"), Count("Capacity"), "RR8", demand, capacity));
        var svg = Read(chart);

        // Months 2 to 6 are short, so the pairs (1,2) to (6,7) are shaded: six bands, one path.
        var band = Assert.Single(svg.Descendants(Svg + "path"), p => string.Equals((string?)p.Attribute("fill"), DemandCapacityChartBuilder.GapFill, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(6, ((string)band.Attribute("d")!).Count(c => c == 'M'));
        Assert.Equal(band.Parent, StrokedPaths(svg, ChartTheme.NhsBlue).First().Parent);
    }

    [Fact]
    public void Trajectory_actual_dots_are_one_path_and_the_key_keeps_its_dot_and_dashes()
    {
        var actual = new[] { 90.0, 91, 92, double.NaN, 93 }
            .Select((v, i) => new SeriesPoint(April2016.AddMonths(i), double.IsNaN(v) ? DataValue.Suppressed : DataValue.Of(v))).ToList();
        var plan = Enumerable.Range(0, 5).Select(i => new SeriesPoint(April2016.AddMonths(i), DataValue.Of(92))).ToList();
        using var chart = TrajectoryChartBuilder.Build(new TrajectoryChartData("A&E", Percent(), "RR8", actual, plan, 95));
        var svg = Read(chart);

        // The chart's four dots are one path; the key's sample dot is the other.
        var dotPaths = DotPaths(svg).ToList();
        Assert.Equal(2, dotPaths.Count);
        Assert.All(dotPaths, d => Assert.Equal(ChartTheme.NhsBlue, ((string)d.Attribute("stroke")!).ToUpperInvariant()));
        Assert.Equal([4, 1], dotPaths.Select(d => Segments(d).Count).Order().Reverse());
        Assert.Equal(["Plan", "Actual", "Target"], Texts(svg).Select(t => t.Text).Where(t => t is "Plan" or "Actual" or "Target"));

        // The key's samples are drawn as their lines are: the actual's with its dot (a round-capped 5-pixel stroke, like
        // the chart's dots, besides the one path of the chart's own), the plan's and the target's dashed.
        var blue = svg.Descendants(Svg + "path").Where(p => ((string?)p.Attribute("stroke"))?.ToUpperInvariant() == ChartTheme.NhsBlue).ToList();
        Assert.Contains(blue, p => (string?)p.Attribute("stroke-linecap") == "round" && (string?)p.Attribute("stroke-width") == "5");
        Assert.Equal(2, svg.Descendants(Svg + "path").Count(p => p.Attribute("stroke-dasharray") is not null && ((string?)p.Attribute("stroke"))?.ToUpperInvariant() == ChartTheme.DarkGrey));
        Assert.Equal(2, svg.Descendants(Svg + "path").Count(p => p.Attribute("stroke-dasharray") is not null && ((string?)p.Attribute("stroke"))?.ToUpperInvariant() == ChartTheme.Target));
    }

    /// <summary>An SPC-like chart (line, markers of two colours, month and value axes) drawn as ScottPlot draws it, or lean.</summary>
    private static ChartDrawing Record(bool lean)
    {
        var size = ChartTheme.WebSize;
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        var random = new Random(7);
        var points = Enumerable.Range(0, 36).Select(i => new Coordinates(i, 90 + (random.NextDouble() * 8))).ToArray();
        plot.Add.ScatterLine(points, ChartTheme.Colour(ChartTheme.CommonCause)).LineWidth = 1.5f;
        var grey = ChartTheme.Colour(ChartTheme.CommonCause);
        var blue = ChartTheme.Colour(ChartTheme.Improvement);
        if (lean)
        {
            var dots = new Dots();
            dots.Add(points[..30], 6, grey);
            dots.Add(points[30..], 8, blue);
            plot.PlottableList.Add(dots);
        }
        else
        {
            plot.Add.Markers(points[..30], MarkerShape.FilledCircle, 6, grey);
            plot.Add.Markers(points[30..], MarkerShape.FilledCircle, 8, blue);
        }

        plot.Axes.SetLimits(-0.5, 35.5, 88, 100);
        MonthAxis.Apply(plot, April2016, 36, size.Width);
        ValueAxis.ApplyLeft(plot, Unit.Percent, 88, 100, size.Height);
        if (lean)
        {
            LeanDrawing.Apply(plot);
        }

        return ChartDrawing.Record(plot, size, "t", "d");
    }

    private static SKBitmap Raster(ChartDrawing chart)
    {
        var bitmap = new SKBitmap(chart.Size.Width * 2, chart.Size.Height * 2);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        chart.DrawTo(canvas, SKRect.Create(bitmap.Width, bitmap.Height));
        return bitmap;
    }

    private static (int Changed, int Large) Compare(SKBitmap a, SKBitmap b)
    {
        var (changed, large) = (0, 0);
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var (p, q) = (a.GetPixel(x, y), b.GetPixel(x, y));
                var difference = Math.Max(Math.Abs(p.Red - q.Red), Math.Max(Math.Abs(p.Green - q.Green), Math.Abs(p.Blue - q.Blue)));
                changed += difference > 0 ? 1 : 0;
                large += difference > 64 ? 1 : 0;
            }
        }

        return (changed, large);
    }

    /// <summary>Leaves the canvas translated or unclipped, as a careless plottable might.</summary>
    private sealed class CanvasSpoiler(bool translate, bool unclip) : IPlottable
    {
        public bool IsVisible { get; set; } = true;

        public IAxes Axes { get; set; } = new Axes();

        public IEnumerable<LegendItem> LegendItems => [];

        public AxisLimits GetAxisLimits() => AxisLimits.NoLimits;

        public void Render(RenderPack rp)
        {
            if (translate)
            {
                rp.Canvas.Translate(5000, 0);
            }

            if (unclip)
            {
                rp.CanvasState.DisableClipping();
            }
        }
    }
}
