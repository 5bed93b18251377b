using System.Xml.Linq;
using IbpPortal.Charts;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

public class SpcChartBuilderTests
{
    private static XDocument Render(SpcChartData data, string id = "c1")
    {
        using var chart = SpcChartBuilder.Build(data);
        return XDocument.Parse(chart.ToSvg(id).Markup);
    }

    [Fact]
    public void Shift_points_are_drawn_in_improvement_colour_and_the_rest_in_grey()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8"));

        var fills = MarkerFills(svg);
        Assert.Equal(20, fills.Count);
        Assert.Equal(7, fills.Count(f => f == ChartTheme.Improvement));
        Assert.Equal(13, fills.Count(f => f == ChartTheme.CommonCause));
    }

    [Fact]
    public void Improvement_markers_sit_at_the_shift_months()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8"));

        var dots = Dots(svg);
        var improvementXs = dots.Where(d => d.Colour == ChartTheme.Improvement).Select(d => d.X).ToList();
        var greyXs = dots.Where(d => d.Colour == ChartTheme.CommonCause).Select(d => d.X).ToList();
        Assert.True(improvementXs.Min() > greyXs.Max(), "the shift is the last seven months, right of every grey point");
    }

    [Fact]
    public void Suppressed_month_breaks_the_data_line_and_has_no_point()
    {
        double?[] values = [90, 91, 89, 90, 92, null, 90, 91, 89, 90];
        var svg = Render(new SpcChartData("A&E", Percent(), Series(values, 90, 86, 94), "RR8"));

        var dataLines = StrokedPaths(svg, ChartTheme.CommonCause);
        Assert.Equal(2, dataLines.Count);
        Assert.Equal(9, MarkerFills(svg).Count);

        // No point and no line vertex is drawn at zero: every marker is within the plotted range near 90.
        var ys = Dots(svg).Select(d => d.Y).ToList();
        Assert.True(ys.Max() - ys.Min() < 200);
    }

    [Fact]
    public void Svg_has_title_and_description_inside_and_an_accessible_root()
    {
        var data = new SpcChartData("Four-hour A&E performance, RR8", Percent(), ShiftUp(), "RR8");
        var svg = Render(data, "spc-rr8");

        var root = svg.Root!;
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Equal("spc-rr8-title spc-rr8-desc", (string?)root.Attribute("aria-labelledby"));
        Assert.NotNull(root.Attribute("viewBox"));
        Assert.Null(root.Attribute("width"));
        Assert.Equal("Four-hour A&E performance, RR8: SPC chart", root.Element(Svg + "title")!.Value);
        Assert.Equal("spc-rr8-title", (string?)root.Element(Svg + "title")!.Attribute("id"));
        Assert.StartsWith("Four-hour A&E performance, RR8, November 2017: 94.0%, below the 95.0% target; latest point: special cause improvement since May 2017", root.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_names_are_escaped_in_the_svg()
    {
        const string hostile = "St <script>alert(1)</script> \"Mary's\" & Co";
        using var chart = SpcChartBuilder.Build(new SpcChartData(hostile, Percent(hostile), ShiftUp(), hostile));
        var markup = chart.ToSvg("h1").Markup;

        Assert.DoesNotContain("<script>", markup, StringComparison.Ordinal);
        var svg = XDocument.Parse(markup);
        Assert.StartsWith(hostile, svg.Root!.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains(hostile, svg.Root!.Element(Svg + "desc")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_id_is_prefixed_with_the_chart_id_so_two_charts_can_share_a_page()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8"), "first");

        var ids = svg.Descendants().Select(e => (string?)e.Attribute("id")).OfType<string>().ToList();
        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.StartsWith("first-", id, StringComparison.Ordinal));
        var references = svg.Descendants().Select(e => (string?)e.Attribute("clip-path")).OfType<string>().ToList();
        Assert.All(references, r => Assert.StartsWith("url(#first-", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Text_is_kept_as_text_in_a_sans_serif_stack()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), ShiftUp(), "RR8"));

        var texts = svg.Descendants(Svg + "text").ToList();
        Assert.Contains(texts, t => t.Value.Trim() == "Apr 16");
        Assert.Contains(texts, t => t.Value.Trim().EndsWith('%'));
        Assert.All(texts, t => Assert.Equal(ChartTheme.SvgFontStack, (string?)t.Attribute("font-family")));
    }

    [Fact]
    public void Unreliable_segment_gets_the_provisional_note()
    {
        var svg = Render(new SpcChartData("A&E", Percent(), Series([90, 91, 89, 90, 92], 90.4, 87, 94, unreliable: true), "RR8"));

        Assert.Contains(svg.Descendants(Svg + "text"), t => t.Value.Trim() == SpcChartBuilder.ProvisionalNote);
    }

    [Fact]
    public void Svg_output_is_deterministic()
    {
        var data = new SpcChartData("A&E", Percent(), ShiftUp(), "RR8");
        using var one = SpcChartBuilder.Build(data);
        using var two = SpcChartBuilder.Build(data);

        Assert.Equal(one.ToSvg("x").Markup, two.ToSvg("x").Markup);
    }
}
