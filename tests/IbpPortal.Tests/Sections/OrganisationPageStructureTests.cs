using AngleSharp.Dom;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sections;

/// <summary>
/// Issue #21 items 1, 2 and 5 as a reader meets them in a built portal (<see cref="NumbersPortal"/>): the organisation page leads
/// with the summary matrix, the exceptions and the tiles; its domains are closed disclosures; the home page's cards lead somewhere.
/// </summary>
public sealed class OrganisationPageStructureTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.Create(NumbersPortal.Text);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Summary_matrix_places_four_hour_performance_as_improvement_and_hit_and_miss_linked_to_its_section()
    {
        var page = Built("/organisations/RA1/");

        // RA1's four-hour performance, by hand: 87/98 = 88.78% and 93/102 = 91.18% alternate for ten months, then 187/198 = 94.44%
        // and 193/202 = 95.54%. One segment: mean 92.49%, moving ranges 2.40 (×9), 3.26 and 1.10 (×9), AMR 1.83, so the limits are
        // 92.49 ± 2.66 × 1.83 = 87.62% to 97.36%. The last ten points sit above the mean (a shift, improvement for an "increase"
        // measure), and the 92% trajectory lies between the limits: hit and miss.
        var cell = Cell(page, "Improvement", "Hit and miss");
        var link = Assert.Single(cell.QuerySelectorAll("a"));
        Assert.Equal("Four-hour performance", link.TextContent);
        Assert.Equal("#metric-ae_4hr", link.GetAttribute("href"));
        var section = page.GetElementById("metric-ae_4hr")!;
        Assert.NotNull(section.Closest("details.ibp-domain"));
        Assert.Null(section.Closest("details.ibp-domain")!.GetAttribute("open"));
    }

    [Fact]
    public void Every_matrix_link_names_a_measure_once_and_lands_on_its_section()
    {
        var page = Built("/organisations/RA1/");
        var links = page.QuerySelectorAll("#summary-matrix a").ToList();

        Assert.NotEmpty(links);
        Assert.Equal(links.Count, links.Select(a => a.TextContent).Distinct(StringComparer.Ordinal).Count());
        foreach (var a in links)
        {
            var target = page.GetElementById(a.GetAttribute("href")!.TrimStart('#'));
            Assert.True(target is not null, $"{a.TextContent} links to {a.GetAttribute("href")}, which is not on the page");
            Assert.Equal(a.TextContent, target!.QuerySelector("h3")!.TextContent);
        }
    }

    [Fact]
    public void Exceptions_list_the_hit_and_miss_four_hour_performance_with_the_packs_words()
    {
        var page = Built("/organisations/RA1/");
        var items = page.QuerySelectorAll(".ibp-exceptions li").Select(li => li.TextContent).ToList();

        // Aug 2019: 193 of 202 = 95.5%, against the 92.0% trajectory (national standard 95.0%).
        var fourHour = Assert.Single(items, i => i.StartsWith("Four-hour performance", StringComparison.Ordinal));
        Assert.Contains("95.5% in Aug 2019; trajectory 92.0% (national standard 95.0%)", fourHour, StringComparison.Ordinal);
        Assert.Contains("Hit and miss against target", fourHour, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiles_are_at_most_four_each_with_a_decorative_sparkline_told_in_words()
    {
        var page = Built("/organisations/RA1/");
        var tiles = page.QuerySelectorAll(".ibp-tile").ToList();

        Assert.InRange(tiles.Count, 1, 4);
        var fourHour = Assert.Single(tiles, t => t.QuerySelector("h3")!.TextContent == "Four-hour performance");
        Assert.Equal("true", fourHour.QuerySelector("svg.ibp-sparkline")!.GetAttribute("aria-hidden"));
        // The last 13 of 20 months: Aug 2018 (i = 7, odd: 93/102 = 91.2%) to Aug 2019 (95.5%).
        Assert.Contains("Last 13 figures, Aug 2018 to Aug 2019: from 91.2% to 95.5%.", fourHour.TextContent, StringComparison.Ordinal);
        Assert.NotNull(fourHour.QuerySelector(".ibp-signal__icon"));
    }

    [Fact]
    public void Domains_are_closed_disclosures_after_the_summary_and_the_trust_is_an_nhs_trust()
    {
        var page = Built("/organisations/RA1/");
        var domains = page.QuerySelectorAll("details.ibp-domain").ToList();

        // In the scorecard's domain order; each closed summary names its domain.
        Assert.Equal(["Demand", "Workforce", "Finance", "Performance"], domains.Select(d => d.QuerySelector("summary")!.TextContent.Split(' ')[0]).ToList());
        Assert.All(domains, d => Assert.False(d.HasAttribute("open")));
        var order = page.QuerySelectorAll("#summary, #exceptions, #key-measures, #domains").Select(e => e.Id).ToList();
        Assert.Equal(["summary", "exceptions", "key-measures", "domains"], order);
        Assert.StartsWith("NHS trust · RA1", page.QuerySelector(".nhsuk-caption-l")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Home_cards_link_to_what_they_count_and_find_your_organisation_lists_every_organisation()
    {
        var page = Built("/");

        var cards = page.QuerySelectorAll(".ibp-headline").ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, c => Assert.NotNull(c.QuerySelector("a.nhsuk-card__link[href]")));
        var icb = Assert.Single(cards, c => c.TextContent.Contains("Test ICB", StringComparison.Ordinal));
        Assert.EndsWith("/organisations/QAA/#metric-ae_4hr", icb.QuerySelector("a")!.GetAttribute("href"), StringComparison.Ordinal);
        foreach (var count in cards.Select(c => c.QuerySelector("a")!.GetAttribute("href")!).Where(h => h.StartsWith('#')))
        {
            Assert.Equal("DETAILS", page.GetElementById(count[1..])!.TagName);
        }

        var finder = page.QuerySelector("[data-ibp-find-org]")!;
        Assert.True(finder.QuerySelector("form")!.HasAttribute("hidden"), "the box shows only when the script runs; the list works without it");
        var items = finder.QuerySelectorAll("li[data-find]").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["Test ICB ICB · QAA", "Alpha NHS Trust NHS trust · RA1", "Bravo NHS Trust NHS trust · RA2"], items.Select(i => string.Join(' ', i.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList());
        Assert.Contains("ra1", finder.QuerySelector("li[data-find*='alpha']")!.GetAttribute("data-find"), StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_page_keeps_paths_and_hashes_inside_technical_details()
    {
        var page = Built("/organisations/RA1/sources/");

        var details = page.GetElementById("technical-details")!;
        Assert.Equal("DETAILS", details.TagName);
        Assert.NotNull(details.QuerySelector("#data-hash"));
        var outside = page.QuerySelector("main")!.TextContent.Replace(details.TextContent, string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("data/actuals.csv", outside, StringComparison.Ordinal);
        Assert.DoesNotContain(details.QuerySelector("#data-hash")!.TextContent, outside, StringComparison.Ordinal);
        // The ratio's derivation names its measures, not their ids.
        var fourHour = page.QuerySelectorAll("#table-sources tbody tr").First(r => r.Children[0].TextContent == "Four-hour performance" && r.Children[1].TextContent == "Actual");
        Assert.Contains("Worked out as Seen within 4 hours ÷ A&E attendances × 100 for RA1", fourHour.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void First_edition_changes_page_says_so_instead_of_a_table_of_zeros()
    {
        var page = Built("/changes/");

        Assert.NotNull(page.GetElementById("first-edition"));
        Assert.Null(page.GetElementById("table-changes"));
        Assert.Equal("DETAILS", page.GetElementById("technical-details")!.TagName);
    }

    private IDocument Built(string route)
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", _site.Messages));
        return _site.Page(route);
    }

    private static IElement Cell(IDocument page, string row, string column)
    {
        var headings = page.QuerySelectorAll("#summary-matrix thead th").Select(th => th.TextContent.Trim()).ToList();
        var tr = page.QuerySelectorAll("#summary-matrix tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim().EndsWith(row, StringComparison.Ordinal));
        return tr.Children[headings.IndexOf(column)];
    }
}
