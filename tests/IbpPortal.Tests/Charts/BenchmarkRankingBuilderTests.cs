using System.Globalization;
using System.Xml.Linq;
using IbpPortal.Charts;
using IbpPortal.Model;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

public class BenchmarkRankingBuilderTests
{
    private static readonly BenchmarkEntry[] Entries =
    [
        new("RC", "Charlie Trust", 91.0, 3),
        new("RA", "Alpha Trust", 96.5, 1),
        new("RD", "Delta <b>&\"Trust\"", 88.2, 4),
        new("RB", "Bravo Trust", 93.4, 2),
    ];

    private static XDocument Render(string current)
    {
        var data = new BenchmarkChartData("A&E", Percent(), new Period(2019, 3), Entries, current, 92.2, 90.3, 94.2);
        using var chart = BenchmarkRankingBuilder.Build(data);
        return XDocument.Parse(chart.ToSvg("rank").Markup);
    }

    private static List<(string Fill, double Y, double Width)> Bars(XDocument svg) =>
        svg.Descendants(Svg + "rect")
            .Select(r => (Fill: ((string?)r.Attribute("fill") ?? string.Empty).ToUpperInvariant(), Y: double.Parse((string?)r.Attribute("y") ?? "0", CultureInfo.InvariantCulture), Width: double.Parse((string?)r.Attribute("width") ?? "0", CultureInfo.InvariantCulture)))
            .Where(r => r.Fill is ChartTheme.NhsBlue or ChartTheme.OtherBar)
            .OrderBy(r => r.Y)
            .ToList();

    [Fact]
    public void Bars_run_from_rank_one_at_the_top_with_widths_in_rank_order()
    {
        var bars = Bars(Render("RC"));

        Assert.Equal(4, bars.Count);
        Assert.Equal(bars.Select(b => b.Width).OrderByDescending(w => w), bars.Select(b => b.Width));
    }

    [Fact]
    public void Only_the_current_organisation_is_highlighted()
    {
        var bars = Bars(Render("RC"));

        Assert.Equal([ChartTheme.OtherBar, ChartTheme.OtherBar, ChartTheme.NhsBlue, ChartTheme.OtherBar], bars.Select(b => b.Fill));
    }

    [Fact]
    public void Names_label_the_bars_in_rank_order_and_are_escaped()
    {
        var svg = Render("RA");

        var labels = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).Where(t => t.Contains("Trust", StringComparison.Ordinal)).ToList();
        Assert.Equal(["Alpha Trust", "Bravo Trust", "Charlie Trust", "Delta <b>&\"Trust\""], labels);
    }
}
