using System.Xml.Linq;
using IbpPortal.Analyse.Series;
using IbpPortal.Charts;
using IbpPortal.Model;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

/// <summary>The scenario chart's key: above the data area, each projection's sample dashed as its line is, and a
/// projection hidden under an identical one named as such.</summary>
public class ScenarioChartKeyTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void A_projection_the_same_as_an_earlier_one_says_so_and_every_sample_is_dashed()
    {
        var start = new Period(2025, 4);
        var actual = Enumerable.Range(0, 12).Select(i => new SeriesPoint(start.AddMonths(i), DataValue.Of(75 + (i % 3)))).ToList();
        List<SeriesPoint> Line(double step) => [.. Enumerable.Range(12, 6).Select(i => new SeriesPoint(start.AddMonths(i), DataValue.Of(76 + ((i - 11) * step))))];
        var data = new ScenarioChartData("A&E", Percent(), "RR8", actual,
            [new ScenarioLine("Baseline", Line(0.5)), new ScenarioLine("Do nothing", Line(0.5)), new ScenarioLine("System flow", Line(1))], 78);

        using var chart = ScenarioChartBuilder.Build(data);
        var svg = XDocument.Parse(chart.ToSvg("c").Markup);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value.Trim()).ToList();

        Assert.Contains("Baseline", texts);
        Assert.Contains("Do nothing (same as Baseline)", texts);
        Assert.Contains("System flow", texts);
        Assert.DoesNotContain("System flow (same as Baseline)", texts);

        // Each scenario colour has two dashed paths, its line and its key sample; the target's likewise.
        foreach (var colour in ChartTheme.ScenarioColours.Take(3).Append(ChartTheme.Target))
        {
            Assert.Equal(2, svg.Descendants(Svg + "path").Count(p =>
                p.Attribute("stroke-dasharray") is not null && string.Equals((string?)p.Attribute("stroke"), colour, StringComparison.OrdinalIgnoreCase)));
        }
    }
}
