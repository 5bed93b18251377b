using System.Globalization;
using System.Xml.Linq;
using IbpPortal.Charts;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sections;

/// <summary>Charts drawn for a phone, tables labelled cell by cell, the scenarios page's charts and an organisation's own ranking, read back from the built pages.</summary>
public sealed class PhoneLayoutTests : IDisposable
{
    private static readonly XNamespace SvgNs = "http://www.w3.org/2000/svg";

    private readonly SiteFixture _site;

    // The chart fixture (five trusts, 20 months) with one scenario that lifts "seen" by 10% a year over six months.
    public PhoneLayoutTests() => _site = SiteFixture.Create(ChartSlotTests.Fixture() + """
        -- data/scenarios.yml --
        - id: faster
          name: "Faster"
          description: "More patients seen on time."
          horizon_months: 6
          adjustments:
            seen: 10

        """);

    public void Dispose() => _site.Dispose();

    private void BuildOk()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", _site.Messages));
    }

    [Theory]
    [InlineData("/organisations/RB1/")]
    [InlineData("/benchmarking/seen/")]
    [InlineData("/scenarios/")]
    public void Every_chart_has_a_phone_layout_320_wide_in_a_file_of_its_own(string route)
    {
        BuildOk();
        var figures = _site.RawPage(route).QuerySelectorAll("figure.ibp-chart").Where(f => f.QuerySelector(".ibp-chart__image") is not null).ToList();
        Assert.NotEmpty(figures);
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var figure in figures)
        {
            // Below 640 px the picture's source replaces the wide drawing; both are files beside the page, each sized for its slot.
            var source = figure.QuerySelector(".ibp-chart__image picture > source")!;
            Assert.Equal("(max-width: 640px)", source.GetAttribute("media"));
            Assert.Equal("320", source.GetAttribute("width"));
            Assert.StartsWith(route + "charts/", ChartImages.NarrowUrl(figure), StringComparison.Ordinal);
            Assert.StartsWith(route + "charts/", ChartImages.WideUrl(figure), StringComparison.Ordinal);
            Assert.True(files.Add(ChartImages.NarrowUrl(figure)!) && files.Add(ChartImages.WideUrl(figure)), $"{figure.Id} has files of its own on {route}");

            var wide = _site.Chart(figure);
            var narrow = _site.Chart(figure, narrow: true);
            Assert.StartsWith("0 0 320 ", (string?)narrow.Root!.Attribute("viewBox"), StringComparison.Ordinal);
            Assert.Equal(source.GetAttribute("height"), ((string)narrow.Root.Attribute("viewBox")!).Split(' ')[3]);
            Assert.Equal(wide.Root!.Element(SvgNs + "desc")!.Value, narrow.Root.Element(SvgNs + "desc")!.Value);
            Assert.Equal(wide.Root.Element(SvgNs + "title")!.Value, narrow.Root.Element(SvgNs + "title")!.Value);
        }
    }

    [Theory]
    [InlineData("/organisations/RB1/")]
    [InlineData("/benchmarking/seen/")]
    [InlineData("/scenarios/")]
    public void Every_cell_of_a_responsive_table_is_labelled_with_its_column(string route)
    {
        // On a phone the NHS.UK responsive table stacks each row; a cell without its column's name reads as a bare "0".
        BuildOk();
        var tables = _site.RawPage(route).QuerySelectorAll("table.nhsuk-table--responsive").ToList();
        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            var headers = table.QuerySelectorAll("thead th").Select(th => (string?)th.TextContent.Trim()).ToList();
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var labels = row.Children.Select(c => c.QuerySelector(".nhsuk-table__heading")?.TextContent.Trim()).ToList();
                Assert.Equal(headers, labels);
                Assert.All(row.Children, c => Assert.Equal("true", c.QuerySelector(".nhsuk-table__heading")!.GetAttribute("aria-hidden")));
            }
        }
    }

    [Fact]
    public void Scorecard_and_benchmark_tables_mark_their_judgement_columns_to_come_first_on_a_phone()
    {
        BuildOk();
        var scorecard = _site.RawPage("/organisations/RB1/").QuerySelector("table.ibp-scorecard.ibp-judgement-first")!;
        var judged = scorecard.QuerySelectorAll("tbody tr:first-child td.ibp-judgement .nhsuk-table__heading").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Variation", "Assurance", "Rank", "Quartile"], judged);

        var benchmark = _site.RawPage("/benchmarking/seen/").QuerySelector("#table-trusts.ibp-judgement-first")!;
        Assert.Equal(["Rank", "Quartile", "Variation (SPC)"], benchmark.QuerySelectorAll("tbody tr:first-child td.ibp-judgement .nhsuk-table__heading").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public void An_organisation_page_ranks_it_among_trusts_with_its_own_dot_highlighted()
    {
        // Seen on time, latest month (Nov 2018, odd index 19): RB5 94, RB3 89, RB1 84, RB2 79, RB4 69; RB1 ranks 3 of 5.
        BuildOk();
        var figure = _site.Page("/organisations/RB1/").QuerySelector("figure#ranking-seen-RB1")!;
        var svg = _site.Chart(figure);

        var blue = RoundStrokes(svg, ChartTheme.NhsBlue);
        var grey = RoundStrokes(svg, ChartTheme.MidGrey);
        Assert.Single(blue);
        Assert.Equal(4, grey.Count);

        // Third row from the top: two grey dots above it, two below.
        Assert.Equal(2, grey.Count(y => y < blue[0]));
        Assert.StartsWith("Alpha Trust ranks 3 of 5 at 84", figure.QuerySelector(".ibp-chart__description")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Scenarios_page_has_one_chart_per_measure_above_its_tables()
    {
        BuildOk();
        var page = _site.Page("/scenarios/");
        var section = page.QuerySelector("section#measure-seen")!;
        var figure = section.QuerySelector("figure.ibp-chart")!;
        Assert.Equal("scenarios-seen", figure.Id);
        Assert.Same(figure, section.QuerySelector("figure, table"));
        Assert.NotNull(section.QuerySelector("table#faster-seen"));

        // Every organisation with figures is a row (five trusts and their ICB): a baseline dot and a "Faster" dot each,
        // and one more of each colour as the key's sample.
        var svg = _site.Chart(figure);
        var rows = section.QuerySelectorAll("table#faster-seen tbody tr").Length;
        Assert.Equal(rows + 1, RoundStrokes(svg, ChartTheme.MidGrey).Count);
        Assert.Equal(rows + 1, RoundStrokes(svg, ChartTheme.ScenarioColours[0]).Count);
        var texts = svg.Descendants(SvgNs + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("Baseline", texts);
        Assert.Contains("Faster", texts);
        Assert.Equal(page.QuerySelectorAll("section[id^=measure-]").Length, page.QuerySelectorAll("section[id^=measure-] figure.ibp-chart").Length);
    }

    private static List<double> RoundStrokes(XDocument svg, string colour) =>
        [.. svg.Descendants(SvgNs + "path")
            .Where(p => (string?)p.Attribute("stroke-linecap") == "round" && string.Equals((string?)p.Attribute("stroke"), colour, StringComparison.OrdinalIgnoreCase)
                && (string?)p.Attribute("stroke-width") != null && double.Parse((string)p.Attribute("stroke-width")!, CultureInfo.InvariantCulture) >= 8)
            .SelectMany(p => ((string)p.Attribute("d")!).Split('M', StringSplitOptions.RemoveEmptyEntries))
            .Select(m => double.Parse(m.Split('L')[0].Split(' ')[1], CultureInfo.InvariantCulture))];
}
