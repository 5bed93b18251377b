using IbpPortal.Analyse.Series;
using System.Xml.Linq;
using IbpPortal.Charts;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

/// <summary>Issue #20: an SPC chart a board can read: a key for every line, each line with its own pattern, a titled value axis, one money scale, re-bases marked with their reason.</summary>
public class SpcChartKeyTests
{
    private static readonly Period April2016 = new(2016, 4);

    private static IReadOnlyList<SeriesPoint> Plan(params double[] values) =>
        [.. values.Select((v, i) => new SeriesPoint(April2016.AddMonths(i), DataValue.Of(v)))];

    private static XDocument Render(SpcChartData data)
    {
        using var chart = SpcChartBuilder.Build(data);
        return XDocument.Parse(chart.ToSvg("k").Markup);
    }

    private static List<string> Texts(XDocument svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value.Trim())];

    [Fact]
    public void Key_names_the_mean_the_process_limits_the_target_and_the_plan()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8", Plan(Enumerable.Repeat(92.0, 20).ToArray())));

        var texts = Texts(svg);
        Assert.Contains("Mean", texts);
        Assert.Contains("Process limits", texts);
        Assert.Contains("Target", texts);
        Assert.Contains("Plan", texts);
    }

    [Fact]
    public void Without_a_plan_or_target_the_key_does_not_name_them()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), Series([90, 91, 89, 90, 92, 90, 91, 89, 90, 91, 90, 89, 90, 91], 90.2, 86, 94), "RR8"));

        var texts = Texts(svg);
        Assert.Contains("Mean", texts);
        Assert.DoesNotContain("Target", texts);
        Assert.DoesNotContain("Plan", texts);
    }

    [Fact]
    public void Limits_target_and_plan_are_told_apart_by_their_dashes_not_only_their_colour()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8", Plan(Enumerable.Repeat(92.0, 20).ToArray())));

        // The key's samples are one stroke each, 26 px long above the data area, dashed by the browser with the line's
        // own pattern: limits 2 on 3 off, target 10 on 4 off, plan 7 on 3 off 2 on 3 off; the mean is solid.
        Assert.Equal(("2 3", 26.0), KeySample(svg, ChartTheme.DarkGrey));
        Assert.Equal(("10 4", 26.0), KeySample(svg, ChartTheme.Target));
        Assert.Equal(("7 3 2 3", 26.0), KeySample(svg, ChartTheme.Plan));
        Assert.Equal(((string?)null, 26.0), KeySample(svg, ChartTheme.TextBlack));

        // In the chart, the lines themselves carry the same patterns: the plan and target are not solid.
        Assert.Equal(["7 3 2 3"], ChartLines(svg, ChartTheme.Plan).Select(DashArray));
        Assert.Equal(["10 4"], ChartLines(svg, ChartTheme.Target).Select(DashArray));
        Assert.Equal(["2 3"], ChartLines(svg, ChartTheme.DarkGrey).Select(DashArray));
    }

    /// <summary>The one stroke in <paramref name="colour"/> in the key's strip (above the data area, which starts 22 px down): its dash array and length.</summary>
    private static (string? DashArray, double Length) KeySample(XDocument svg, string colour)
    {
        var sample = Assert.Single(StrokedPaths(svg, colour), p => Polylines(p).All(l => l.All(point => point.Y < ChartKey.Height)));
        var line = Assert.Single(Polylines(sample));
        Assert.Equal(2, line.Count);
        Assert.Equal(line[0].Y, line[1].Y);
        return (DashArray(sample), Math.Round(line[1].X - line[0].X, 1));
    }

    /// <summary>The paths in <paramref name="colour"/> drawn in the data area, below the key.</summary>
    private static List<XElement> ChartLines(XDocument svg, string colour) =>
        [.. StrokedPaths(svg, colour).Where(p => Polylines(p).All(l => l.All(point => point.Y > ChartKey.Height)))];

    [Theory]
    [InlineData(Unit.Percent, "Percentage (%)")]
    [InlineData(Unit.Days, "Days")]
    [InlineData(Unit.Wte, "Whole-time equivalents (WTE)")]
    [InlineData(Unit.Count, "Number")]
    public void Value_axis_is_titled_with_the_unit(Unit unit, string title)
    {
        var metric = Percent() with { Unit = unit };
        var svg = Render(new SpcChartData("A&E", metric, ShiftUp(), "RR8"));

        Assert.Contains(title, Texts(svg));
    }

    [Fact]
    public void A_rate_axis_is_titled_with_what_it_is_per()
    {
        var metric = Percent("Inpatient falls per 1,000 bed days") with { Unit = Unit.Rate };
        var svg = Render(new SpcChartData("Falls", metric, ShiftUp(), "RR8"));

        Assert.Contains("Per 1,000 bed days", Texts(svg));
    }

    [Theory]
    // Worked by hand: half a million to one and a half million in half-million steps reads in £m with one decimal throughout.
    [InlineData(new[] { 500_000.0, 1_000_000, 1_500_000 }, new[] { "£0.5m", "£1.0m", "£1.5m" })]
    // Up to half a million: thousands, never "£250,000" beside "£0.5m".
    [InlineData(new[] { 0.0, 250_000, 500_000 }, new[] { "£0", "£250k", "£500k" })]
    // A deficit and a surplus on one axis share the scale.
    [InlineData(new[] { -500_000.0, 0, 500_000, 1_000_000 }, new[] { "-£0.5m", "£0", "£0.5m", "£1.0m" })]
    // Small sums stay in pounds.
    [InlineData(new[] { 0.0, 2_500, 5_000, 7_500 }, new[] { "£0", "£2,500", "£5,000", "£7,500" })]
    public void Money_ticks_share_one_scale_per_axis(double[] values, string[] labels)
    {
        Assert.Equal(labels, ValueFormatter.Ticks(values, Unit.Gbp));
    }

    [Fact]
    public void Money_axis_title_names_the_scale_its_ticks_use()
    {
        Assert.Equal("Pounds (£m)", ValueAxis.Title(Unit.Gbp, [500_000, 1_000_000, 1_500_000]));
        Assert.Equal("Pounds (£k)", ValueAxis.Title(Unit.Gbp, [0, 250_000, 500_000]));
    }

    [Fact]
    public void Percent_ticks_share_their_decimals()
    {
        // 2.5-point steps: "87.5%" beside "90.0%", not "90%".
        Assert.Equal(["85.0%", "87.5%", "90.0%"], ValueFormatter.Ticks([85, 87.5, 90], Unit.Percent));
    }

    [Fact]
    public void A_rebase_is_a_vertical_line_between_its_months_labelled_with_its_reason()
    {
        // Ten months, re-based at the seventh (October 2016): the line sits halfway between the sixth and seventh points.
        double?[] values = [10, 11, 10, 12, 11, 10, 6, 5, 6, 5];
        var spc = Series(values, 8.6, 2, 15);
        var rebase = new Rebase("RXF", "vacancy_rate", new Period(2016, 10), "New recruitment model introduced", SourceLocation.File("data/rebase.csv"));
        var data = new SpcChartData("Vacancy rate, RXF", Percent("Vacancy rate", Improvement.Decrease), spc, "RXF", null, [rebase]);
        var svg = Render(data);

        Assert.Contains("Re-based: New recruitment model introduced", Texts(svg));
        Assert.Contains("Re-base", Texts(svg));
        var dots = Dots(svg).OrderBy(d => d.X).ToList();
        var expectedX = (dots[5].X + dots[6].X) / 2;
        var vertical = StrokedPaths(svg, ChartTheme.Rebase).SelectMany(Segments).Where(s => s.IsVertical && s.Length > 100).ToList();
        Assert.Contains(vertical, s => Math.Abs(s.X1 - expectedX) < 1);
        Assert.Contains("Re-based in Oct 2016: New recruitment model introduced", data.Spc.Points.Count > 0 ? SpcDescription.Describe(data) : string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Description_gives_the_plan_for_the_latest_month()
    {
        // ShiftUp ends in November 2017 (month 20); the plan there is 93.
        var plan = Plan([.. Enumerable.Repeat(92.0, 19), 93.0]);
        var text = SpcDescription.Describe(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8", plan));

        Assert.Contains("The plan for November 2017 was 93.0%.", text, StringComparison.Ordinal);
    }
}
