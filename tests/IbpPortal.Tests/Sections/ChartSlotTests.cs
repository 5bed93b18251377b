using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using IbpPortal.Charts;
using IbpPortal.Tests.Harness;

using IbpPortal.Tests.Charts;

namespace IbpPortal.Tests.Sections;

/// <summary>The charts of the built organisation and metric pages, read back from their HTML and the SVG files they refer to.</summary>
public sealed partial class ChartSlotTests : IDisposable
{
    // RB1's beds, Apr 2017 to Nov 2018 (20 months): 120, 90 alternating for 12 months, then 112 for 8.
    // Mean = (6 × 120 + 6 × 90 + 8 × 112) / 20 = 2156 / 20 = 107.8. The first 12 months alternate either side of it;
    // the last 8 (Apr to Nov 2018) all sit above it: a shift of 8 ≥ 7, and more beds is better, so improvement.
    // Moving ranges: 11 × 30, one 22 (90 in Mar 2018 to 112), seven 0: mean 352 / 19 = 18.53, limits 107.8 ± 2.66 × 18.53 = 58.5 to 157.1,
    // so no point is outside them, none is within a sigma of them (two of three), and no six rise or fall in a row.
    // RB1's staff is suppressed in Apr 2018: a gap. RB1's admissions (demand) are met by its beds (capacity).
    private static readonly int[] Beds = [120, 90, 120, 90, 120, 90, 120, 90, 120, 90, 120, 90, 112, 112, 112, 112, 112, 112, 112, 112];

    private static readonly string[] ShiftMonths = ["Apr 2018", "May 2018", "Jun 2018", "Jul 2018", "Aug 2018", "Sep 2018", "Oct 2018", "Nov 2018"];

    private readonly SiteFixture _site;

    public ChartSlotTests() => _site = SiteFixture.Create(Fixture());

    public void Dispose() => _site.Dispose();

    internal static string Fixture()
    {
        var text = new System.Text.StringBuilder("""
            -- data/organisations.csv --
            code,name,type,icb,region,peer_group
            QBB,NHS Chart ICB,icb,,Test region,ICB
            RB1,Alpha Trust,trust,QBB,Test region,Acute
            RB2,Bravo Trust,trust,QBB,Test region,Acute
            RB3,Charlie Trust,trust,QBB,Test region,Acute
            RB4,Delta Trust,trust,QBB,Test region,Acute
            RB5,Echo Trust,trust,QBB,Test region,Acute
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description,meets_demand
            admissions,Admissions,demand,count,neutral,0,,,,sum,Admissions.,
            beds,Beds open,capacity,count,increase,0,,,,sum,Beds open.,admissions
            staff,Staff in post,workforce,count,increase,0,,,,sum,Staff.,
            seen,Seen on time per 100,performance,rate,increase,0,,,,sum,Seen on time per 100 attendances (a rate: ranked; beds and staff are volumes: not ranked).,
            -- data/actuals.csv --
            org,metric,period,value

            """);
        var start = new Model.Period(2017, 4);
        for (var i = 0; i < Beds.Length; i++)
        {
            var month = start.AddMonths(i);
            text.Append(CultureInfo.InvariantCulture, $"RB1,beds,{month},{Beds[i]}\n");
            text.Append(CultureInfo.InvariantCulture, $"RB1,admissions,{month},{100 + (i % 3 * 10)}\n");
            text.Append(CultureInfo.InvariantCulture, $"RB1,staff,{month},{(month == new Model.Period(2018, 4) ? "*" : (500 + (i % 2)).ToString(CultureInfo.InvariantCulture))}\n");
            text.Append(CultureInfo.InvariantCulture, $"RB2,beds,{month},{80 + (i % 2)}\n");
            text.Append(CultureInfo.InvariantCulture, $"RB3,beds,{month},{140 - (i % 2)}\n");
            foreach (var (code, seen) in new[] { ("RB1", 85), ("RB2", 80), ("RB3", 90), ("RB4", 70), ("RB5", 95) })
            {
                text.Append(CultureInfo.InvariantCulture, $"{code},seen,{month},{seen - (i % 2)}\n");
            }
        }

        text.Append("-- input/index.md --\n---\ntitle: Home\n---\nCharts.\n");
        text.Append("-- data/plans.csv --\norg,metric,period,value\n");
        for (var i = 12; i < Beds.Length + 4; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"RB1,beds,{start.AddMonths(i)},{110 + i}\n");
        }

        return text.ToString();
    }

    private void BuildOk()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", _site.Messages));
    }

    private XDocument Svg(IElement figure) => _site.Chart(figure);

    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    private static List<IElement> Rows(IElement figure) => [.. figure.QuerySelectorAll("details table tbody tr")];

    private static string Cell(IElement row, int index) => row.Children[index].TextContent.Trim();

    [Fact]
    public void Spc_chart_marks_exactly_the_shift_months_in_the_improvement_colour()
    {
        BuildOk();
        var figure = _site.RawPage("/organisations/RB1/").QuerySelector("figure#spc-beds-RB1")!;
        var markers = ChartFixtures.Dots(Svg(figure))
            .Select(d => (d.X, Fill: d.Colour))
            .OrderBy(m => m.X)
            .ToList();

        // One marker a month, left to right in month order, matching the table's rows.
        var months = Rows(figure).Select(r => Cell(r, 0)).ToList();
        Assert.Equal(20, markers.Count);
        Assert.Equal(20, months.Count);
        var flagged = months.Where((_, i) => markers[i].Fill == ChartTheme.Improvement).ToList();
        Assert.Equal(ShiftMonths, flagged);
        Assert.All(markers.Where(m => m.Fill != ChartTheme.Improvement), m => Assert.Equal(ChartTheme.CommonCause, m.Fill));
        Assert.DoesNotContain(markers, m => m.Fill == ChartTheme.Concern);

        // The table says the same in words.
        Assert.Equal(ShiftMonths, Rows(figure).Where(r => Cell(r, 6) == "Improvement: shift").Select(r => Cell(r, 0)));
        Assert.Equal("108", Cell(Rows(figure)[0], 2));
    }

    [Fact]
    public void Suppressed_month_is_a_gap_in_the_line_and_says_suppressed_in_the_table()
    {
        BuildOk();
        var figure = _site.RawPage("/organisations/RB1/").QuerySelector("figure#spc-staff-RB1")!;
        var svg = Svg(figure);

        var dataLines = ChartFixtures.StrokedPaths(svg, ChartTheme.CommonCause);
        Assert.Equal(2, dataLines.Count);
        var markers = ChartFixtures.Dots(svg).Select(d => d.Y).ToList();
        Assert.Equal(19, markers.Count);

        // 500 and 501 only: every marker sits in a band a few pixels high, none dropped to a zero line far below.
        Assert.True(markers.Max() - markers.Min() < 100, "no marker is drawn at zero");
        var row = Rows(figure).Single(r => Cell(r, 0) == "Apr 2018");
        Assert.Equal("suppressed", Cell(row, 1));
        Assert.Contains("gap", figure.QuerySelector(".ibp-chart__description")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Ranking_dots_run_in_the_order_of_the_table_ranks()
    {
        BuildOk();
        var page = _site.Page("/benchmarking/seen/");
        var figure = page.QuerySelector("figure#ranking-seen")!;
        var tableNames = page.QuerySelectorAll("#table-trusts tbody tr").Select(r => r.Children[0].QuerySelector("a")!.TextContent.Trim()).ToList();
        Assert.Equal(["Echo Trust", "Charlie Trust", "Alpha Trust", "Bravo Trust", "Delta Trust"], tableNames);

        var svg = Svg(figure);
        var labels = svg.Descendants(SvgNs + "text")
            .Select(t => (Text: t.Value.Trim(), Y: FirstNumber((string)t.Attribute("y")!)))
            .Where(t => tableNames.Contains(t.Text))
            .OrderBy(t => t.Y)
            .Select(t => t.Text)
            .ToList();
        Assert.Equal(tableNames, labels);

        // One dot per ranked trust (a round-capped stroke each), top to bottom in rank order.
        var dots = svg.Descendants(SvgNs + "path")
            .Where(p => (string?)p.Attribute("stroke-linecap") == "round")
            .SelectMany(p => ((string)p.Attribute("d")!).Split('M', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        Assert.Equal(5, dots.Count);
    }

    [Fact]
    public void A_volume_has_no_ranking_chart_and_says_why()
    {
        // Issue #18: beds measure size, so they are shown but never ranked or put in quartiles.
        BuildOk();
        var page = _site.Page("/benchmarking/beds/");
        Assert.Null(page.QuerySelector("figure#ranking-beds"));
        Assert.Contains("Not ranked", page.QuerySelector(".nhsuk-lede-text")!.TextContent, StringComparison.Ordinal);
        Assert.All(page.QuerySelectorAll("#table-trusts tbody tr"), r => Assert.Equal("not ranked (volume)", r.Children[2].TextContent.Trim()));
    }

    [Fact]
    public void Quartile_bands_are_drawn_behind_the_ranking_and_distribution()
    {
        // Regression: the bands were added as ScottPlot vertical spans (a range of y), out of view, so none showed.
        BuildOk();
        var page = _site.Page("/benchmarking/seen/");
        foreach (var id in new[] { "ranking-seen", "distribution-seen" })
        {
            var fills = Svg(page.QuerySelector($"figure#{id}")!).Descendants().Select(e => ((string?)e.Attribute("fill"))?.ToUpperInvariant());
            Assert.Contains(ChartTheme.QuartileBand, fills);
        }
    }

    [Theory]
    [InlineData("/organisations/RB1/", "spc-beds-RB1 plan-beds-RB1 demand-beds-RB1 projection-beds-RB1 spc-staff-RB1 spc-admissions-RB1")]
    [InlineData("/benchmarking/seen/", "ranking-seen distribution-seen")]
    public void Every_chart_has_title_description_table_and_a_csv_with_the_same_numbers(string route, string expected)
    {
        BuildOk();
        // Read exactly as written: a chart's table has no hidden labels in its cells, so a cell's text is what a reader hears.
        var figures = _site.RawPage(route).QuerySelectorAll("figure.ibp-chart").ToList();
        Assert.Subset(figures.Select(f => f.Id!).ToHashSet(), expected.Split(' ').ToHashSet());
        var sources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            // The image is named by the chart's title and described by the text below it, which the drawing's own title and desc repeat.
            var image = figure.QuerySelector(".ibp-chart__image img")!;
            var description = figure.QuerySelector(".ibp-chart__description")!;
            var svg = Svg(figure);
            var title = svg.Root!.Element(SvgNs + "title")!;
            var desc = svg.Root!.Element(SvgNs + "desc")!;
            Assert.False(string.IsNullOrWhiteSpace(title.Value), figure.Id);
            Assert.Equal(figure.QuerySelector(".ibp-chart__title")!.TextContent.Trim(), title.Value);
            Assert.Equal(title.Value, image.GetAttribute("alt"));
            Assert.Equal(description.Id, image.GetAttribute("aria-describedby"));
            Assert.Equal(description.TextContent.Trim(), desc.Value);
            Assert.Equal($"{title.Attribute("id")!.Value} {desc.Attribute("id")!.Value}", (string?)svg.Root.Attribute("aria-labelledby"));
            Assert.Equal("lazy", image.GetAttribute("loading"));
            Assert.True(sources.Add(image.GetAttribute("src")!), $"{figure.Id} has a drawing of its own");

            var table = figure.QuerySelector("details.nhsuk-details table")!;
            AssertPlainTableInNamedRegion(figure, table);

            var csvUrl = figure.QuerySelector("a[download]")!.GetAttribute("href")!;
            var csvNumbers = _site.File(csvUrl.TrimStart('/')).Split('\n', ',')
                .Select(c => double.TryParse(c, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null)
                .OfType<double>()
                .ToList();
            var cells = table.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()).Where(c => Figure().IsMatch(c)).ToList();
            Assert.NotEmpty(cells);
            foreach (var cell in cells)
            {
                var number = double.Parse(cell.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture);
                var decimals = cell.Contains('.', StringComparison.Ordinal) ? cell.Length - cell.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                Assert.True(csvNumbers.Any(v => Math.Round(v, decimals) == number), $"{figure.Id}: {cell} is in {csvUrl}");
            }
        }
    }

    /// <summary>
    /// A chart's table as issue #23 leaves it: a plain table (not NHS.UK's responsive one) in a scroll region that its caption
    /// names and a keyboard can focus; headers scoped, each row led by its heading, and no class or phone label on any cell.
    /// </summary>
    private static void AssertPlainTableInNamedRegion(IElement figure, IElement table)
    {
        var caption = table.QuerySelector("caption")!;
        Assert.Equal(figure.QuerySelector(".ibp-chart__title")!.TextContent.Trim(), caption.TextContent.Trim());
        Assert.Equal("nhsuk-table ibp-data-table", table.ClassName);
        var region = table.ParentElement!;
        Assert.True(region.ClassList.Contains("ibp-table-scroll"), figure.Id);
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        Assert.Equal(caption.Id, region.GetAttribute("aria-labelledby"));
        Assert.Equal($"{figure.Id}-table", caption.Id);

        var headers = table.QuerySelectorAll("thead th").ToList();
        Assert.All(headers, th => Assert.Equal("col", th.GetAttribute("scope")));
        var rows = table.QuerySelectorAll("tbody tr").ToList();
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Equal(headers.Count, row.Children.Length);
            Assert.Equal("th", row.Children[0].LocalName);
            Assert.Equal("row", row.Children[0].GetAttribute("scope"));
            Assert.All(row.Children.Skip(1), cell => Assert.Equal("td", cell.LocalName));
        }

        Assert.Empty(table.QuerySelectorAll("thead *[class], tbody *[class], .nhsuk-table__heading, [aria-hidden]"));
    }

    [Fact]
    public void A_chart_table_cell_holds_its_figure_alone_and_its_row_reads_across()
    {
        // RB1's beds in Apr 2018, the first month of the shift: 112 against a mean of 108 (107.8) and limits 59 and 157
        // (58.5 and 157.1, worked out in the class comment), no target, an improvement. The raw cell is the figure, nothing more.
        BuildOk();
        var figure = _site.RawPage("/organisations/RB1/").QuerySelector("figure#spc-beds-RB1")!;
        Assert.Equal(["Month", "Value", "Mean", "Lower limit", "Upper limit", "Target", "Signal"], figure.QuerySelectorAll("thead th").Select(th => th.TextContent));
        var row = Rows(figure).Single(r => r.Children[0].TextContent == "Apr 2018");
        Assert.Equal(["Apr 2018", "112", "108", "59", "157", "—", "Improvement: shift"], row.Children.Select(c => c.TextContent));
    }

    [Fact]
    public void Variation_and_assurance_icons_have_words_beside_them()
    {
        BuildOk();
        var page = _site.Page("/organisations/RB1/");
        var signals = page.QuerySelectorAll(".ibp-signal").ToList();
        Assert.NotEmpty(signals);
        Assert.All(signals, s =>
        {
            var icon = s.QuerySelector("svg.ibp-icon")!;
            Assert.Equal("true", icon.ParentElement!.GetAttribute("aria-hidden"));
            Assert.False(string.IsNullOrWhiteSpace(icon.GetAttribute("aria-label")));
            Assert.False(string.IsNullOrWhiteSpace(s.QuerySelector(".nhsuk-tag")!.TextContent));
        });

        // Beds: the shift makes the latest month a special cause improvement, shown by the chart as icon and words.
        var chartSignals = page.QuerySelectorAll("figure#spc-beds-RB1 .ibp-chart__signals .ibp-signal").ToList();
        Assert.Equal(2, chartSignals.Count);
        Assert.Equal("Improvement (high)", chartSignals[0].QuerySelector(".nhsuk-tag")!.TextContent.Trim());
        Assert.Equal("H", chartSignals[0].QuerySelector("svg text")!.TextContent);
    }

    private static double FirstNumber(string value) =>
        double.Parse(value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);

    /// <summary>A table cell that is a plain figure, optionally signed: "1,234", "+5", "-3.2".</summary>
    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$")]
    private static partial Regex Figure();
}
