using System.Globalization;
using System.Xml.Linq;
using IbpPortal.Charts;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

/// <summary>The ranking dot plot read back from its SVG: dots, highlight, standard line, quartile labels and axis labels.</summary>
public class BenchmarkRankingBuilderTests
{
    private static readonly BenchmarkEntry[] Entries =
    [
        new("RC", "Charlie Trust", 91.0, 3),
        new("RA", "Alpha Trust", 96.5, 1),
        new("RD", "Delta <b>&\"Trust\"", 88.2, 4),
        new("RB", "Bravo Trust", 93.4, 2),
    ];

    private static BenchmarkChartData Data(string current, double? target = 95) =>
        new("A&E", Percent(), new Period(2019, 3), Entries, current, 92.2, 90.3, 94.2, target);

    private static XDocument Render(BenchmarkChartData data, int width = 640)
    {
        using var chart = BenchmarkRankingBuilder.Build(data, width);
        return XDocument.Parse(chart.ToSvg("rank").Markup);
    }

    /// <summary>Dot centres by colour: each dot is a round-capped stroke a hundredth of a pixel long ("Mx yLx+0.01 y").</summary>
    private static List<(double X, double Y)> Dots(XDocument svg, string colour) =>
        [.. svg.Descendants(Svg + "path")
            .Where(p => (string?)p.Attribute("stroke-linecap") == "round" && string.Equals((string?)p.Attribute("stroke"), colour, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => ((string)p.Attribute("d")!).Split('M', StringSplitOptions.RemoveEmptyEntries))
            .Select(m => m.Split('L')[0].Split(' '))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))];

    private static List<string> Texts(XDocument svg) => [.. svg.Descendants(Svg + "text").Select(t => t.Value.Trim())];

    [Fact]
    public void One_dot_per_organisation_with_rank_one_on_the_top_row_and_values_left_to_right()
    {
        var svg = Render(Data("RC"));

        var grey = Dots(svg, ChartTheme.MidGrey);
        var blue = Dots(svg, ChartTheme.NhsBlue);
        Assert.Equal(3, grey.Count);
        Assert.Single(blue);

        // Top to bottom: Alpha 96.5, Bravo 93.4, Charlie 91.0 (highlighted), Delta 88.2; x falls as y grows.
        var all = grey.Concat(blue).OrderBy(d => d.Y).ToList();
        Assert.Equal(all.OrderByDescending(d => d.X), all);
        Assert.Equal(all[2], blue[0]);
    }

    [Fact]
    public void Only_the_current_organisation_is_highlighted_and_its_value_written_beside_it()
    {
        var svg = Render(Data("RC"));

        Assert.Single(Dots(svg, ChartTheme.NhsBlue));
        Assert.Contains("91.0%", Texts(svg));
        Assert.Empty(Dots(Render(Data(string.Empty)), ChartTheme.NhsBlue));
    }

    [Fact]
    public void The_standard_is_a_red_line_named_with_its_value_in_the_key()
    {
        var svg = Render(Data("RC"));

        Assert.Contains(svg.Descendants(Svg + "path"), p => string.Equals((string?)p.Attribute("stroke"), ChartTheme.Target, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Standard 95.0%", Texts(svg));
        Assert.Contains("Median 92.2%", Texts(svg));
        Assert.DoesNotContain(Render(Data("RC", target: null)).Descendants(Svg + "path"), p => string.Equals((string?)p.Attribute("stroke"), ChartTheme.Target, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(Improvement.Increase, "Q4 worst", "Q1 best")]
    [InlineData(Improvement.Decrease, "Q1 best", "Q4 worst")]
    [InlineData(Improvement.Neutral, "Q4 lowest", "Q1 highest")]
    public void Quartile_bands_are_labelled_from_the_lowest_values_to_the_highest(Improvement improvement, string leftmost, string rightmost)
    {
        var data = Data("RC") with { Metric = Percent(improvement: improvement) };
        var labels = Render(data).Descendants(Svg + "text")
            .Where(t => t.Value.Trim().StartsWith('Q'))
            .Select(t => (Text: t.Value.Trim(), X: Translate(t).X))
            .OrderBy(t => t.X)
            .Select(t => t.Text)
            .ToList();

        Assert.Equal(4, labels.Count);
        Assert.Equal(leftmost, labels[0]);
        Assert.Equal(rightmost, labels[^1]);
    }

    [Fact]
    public void A_percentage_axis_spans_the_values_not_zero()
    {
        // Values 88.2–96.5%: a bar chart from 0% made them look alike (issue #21).
        var ticks = Texts(Render(Data("RC"))).Where(t => t.EndsWith('%') && !t.Contains(' ', StringComparison.Ordinal)).ToList();

        Assert.DoesNotContain("0%", ticks);
        Assert.All(ticks, t => Assert.InRange(double.Parse(t.TrimEnd('%'), CultureInfo.InvariantCulture), 85, 100));
    }

    [Theory]
    [InlineData(640)]
    [InlineData(320)]
    public void Money_tick_labels_share_one_scale_and_never_touch(int width)
    {
        // "£200,000£400,000" ran together on the old ranking axis (issue #21).
        var spend = new Metric("spend", "Agency spend", Domain.Finance, Unit.Gbp, Improvement.Decrease, 0, null, null, null, AggregateRule.Sum, "", SourceLocation.File("metrics.csv"));
        BenchmarkEntry[] entries = [new("RA", "Alpha Trust", 180_000, 1), new("RB", "Bravo Trust", 420_000, 2), new("RC", "Charlie Trust", 655_000, 3), new("RD", "Delta Trust", 910_000, 4), new("RE", "Echo Trust", 1_150_000, 5)];
        var svg = Render(new BenchmarkChartData("Spend", spend, new Period(2019, 3), entries, "RC", 655_000, 420_000, 910_000), width);

        // Tick labels share one baseline, below the rows (the highlighted dot's own value label sits on its row).
        var money = svg.Descendants(Svg + "text").Where(t => t.Value.Trim().StartsWith('£')).ToList();
        var axisY = money.GroupBy(t => Translate(t).Y).OrderByDescending(g => g.Count()).First().Key;
        var ticks = money.Where(t => Translate(t).Y == axisY).ToList();
        Assert.True(ticks.Count >= 2, "at least two money ticks");
        var scales = ticks.Select(t => t.Value.Trim()[^1]).Distinct().ToList();
        Assert.True(scales.Count == 1, "one scale: " + string.Join(" ", ticks.Select(t => t.Value.Trim())));

        // Each label from its left edge to its left edge plus its width in the chart font, left to right: none overlaps the next.
        var spans = ticks.Select(t => (Left: Translate(t).X + FirstX(t), Width: TextWidth(t.Value.Trim()))).OrderBy(s => s.Left).ToList();
        for (var i = 1; i < spans.Count; i++)
        {
            Assert.True(spans[i - 1].Left + spans[i - 1].Width < spans[i].Left, $"tick {i} overlaps the one before at {width}px");
        }
    }

    [Fact]
    public void A_narrow_chart_writes_each_shortened_name_above_its_dot_escaped()
    {
        var svg = Render(Data("RA"), 320);
        var texts = Texts(svg);

        Assert.Contains("Alpha Trust", texts);
        Assert.Contains("Delta <b>&\"Trust\"", texts);
        Assert.Equal("Leeds Teaching Hospitals NHS FT", RowNames.Shorten("Leeds Teaching Hospitals NHS Foundation Trust", 400));
    }

    [Fact]
    public void Band_labels_too_wide_for_their_bands_move_apart_in_order_and_stay_inside()
    {
        // Worked by hand: centres 10, 12, 14, 100, each label 20 wide, gap 6, area 0–200. Forward pass: 0 (clamped to the
        // left edge), max(2, 0+20+6) = 26, max(4, 26+26) = 52, max(90, 52+26) = 90; the backward pass moves none.
        var x = QuartileBandLabels.Place([10, 12, 14, 100], [20, 20, 20, 20], 0, 200, 6);
        Assert.Equal([0f, 26f, 52f, 90f], x);

        // Crowded at the right edge: centres 190, 195, area to 200. Backward: 200-20 = 180 for the last, 180-6-20 = 154.
        Assert.Equal([154f, 180f], QuartileBandLabels.Place([190, 195], [20, 20], 0, 200, 6));
    }

    [Fact]
    public void Leader_lines_are_one_solid_stroke_per_named_row_and_none_for_unnamed_rows()
    {
        // Four named rows: four pale strokes, each one segment from the left of the data area to the right.
        var named = StrokedPaths(Render(Data("RC")), ChartTheme.PaleGrey).SelectMany(Segments).Where(s => s.Y1 == s.Y2).ToList();
        Assert.Equal(4, named.Count);
        Assert.Single(named.Select(s => (s.X1, s.X2)).Distinct());
        Assert.All(StrokedPaths(Render(Data("RC")), ChartTheme.PaleGrey), p => Assert.Null(DashArray(p)));

        // 40 organisations are more than can be named: only the current one is, so only its row has a leader line
        // (dotted leaders were cut into 2-pixel dashes, 125 path segments a row).
        var many = Enumerable.Range(1, 40).Select(i => new BenchmarkEntry($"R{i:00}", $"Trust {i}", 100 - i, i)).ToList();
        var data = new BenchmarkChartData("A&E", Percent(), new Period(2019, 3), many, "R07", 80, 70, 90, null);
        var svg = Render(data);
        var leaders = StrokedPaths(svg, ChartTheme.PaleGrey).SelectMany(Segments).Where(s => s.Y1 == s.Y2).ToList();
        var blue = Dots(svg, ChartTheme.NhsBlue);
        Assert.Single(leaders);
        Assert.Equal(blue[0].Y, leaders[0].Y1, 1);
    }

    private static (double X, double Y) Translate(XElement text)
    {
        var transform = (string?)text.Attribute("transform") ?? "translate(0 0)";
        var parts = transform["translate(".Length..^1].Split(' ', ',');
        return (double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static double FirstX(XElement text) =>
        double.Parse(((string)text.Attribute("x")!).Split(',', StringSplitOptions.RemoveEmptyEntries)[0].Trim(), CultureInfo.InvariantCulture);

    private static double TextWidth(string text)
    {
        using var font = new SkiaSharp.SKFont(ScottPlot.Fonts.GetTypeface(ChartTheme.FontName, false, false), ChartTheme.TickFontSize);
        return font.MeasureText(text);
    }
}
