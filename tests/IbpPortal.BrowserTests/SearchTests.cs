using System.IO.Compression;
using System.Text;
using IbpPortal.BrowserTests.Harness;
using Microsoft.Playwright;

namespace IbpPortal.BrowserTests;

/// <summary>Search finds what leaders look for, filters by section, and never shows internal content in a public build.</summary>
[Collection(SharedPortal.Name)]
public sealed class SearchTests(PortalFixture portal)
{
    private const string Results = "#ibp-search-results";

    [Fact]
    public async Task Header_search_box_finds_the_Toronto_case_study()
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/");

        await session.Page.FillAsync("#search-field", "Toronto");
        await session.Page.PressAsync("#search-field", "Enter");

        await Expect(session.Page.Locator($"{Results} a[href='/case-studies/toronto/']")).ToBeVisibleAsync();
        Assert.Contains("/search/?q=Toronto", session.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_page_form_finds_the_Toronto_case_study_without_reloading()
    {
        await using var session = await portal.OpenAsync(320);
        await session.GoToAsync("/search/");

        await session.Page.FillAsync("#ibp-search-input", "Toronto");
        await session.Page.PressAsync("#ibp-search-input", "Enter");

        await Expect(session.Page.Locator($"{Results} a[href='/case-studies/toronto/']")).ToBeVisibleAsync();
        Assert.Empty(session.ConsoleErrors);
    }

    [Theory]
    [InlineData("integrated business planning", "/ibp-model/")]
    [InlineData("Toronto", "/case-studies/toronto/")]
    [InlineData("RR8", "/organisations/RR8/")]
    [InlineData("four hours", "/benchmarking/ae_4hr/")]
    public async Task Results_cover_pages_case_studies_organisations_and_metrics(string query, string expectedPrefix)
    {
        var urls = await SearchAsync(query);

        Assert.True(urls.Any(u => u.StartsWith(expectedPrefix, StringComparison.Ordinal)),
            $"'{query}' found none under {expectedPrefix}: {string.Join(", ", urls)}");
    }

    [Theory]
    [InlineData("RR8", "/organisations/RR8/")]
    [InlineData("Leeds", "/organisations/RR8/")]
    [InlineData("A&E", "/benchmarking/")]
    public async Task The_page_a_leader_is_looking_for_comes_first(string query, string expectedPrefix)
    {
        var urls = await SearchAsync(query);

        Assert.True(urls.Length > 0 && urls[0].StartsWith(expectedPrefix, StringComparison.Ordinal),
            $"'{query}' put {urls.FirstOrDefault()} first, not a page under {expectedPrefix}: {string.Join(", ", urls.Take(8))}");
        Assert.DoesNotContain(urls, u => u.EndsWith("/sources/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Results_appear_as_the_reader_types_without_pressing_enter()
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/search/");

        await session.Page.Locator("#ibp-search-input").PressSequentiallyAsync("Alberta", new() { Delay = 40 });

        await Expect(session.Page.Locator($"{Results} a[href='/case-studies/alberta/']")).ToBeVisibleAsync();
        Assert.Contains("q=Alberta", session.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_search_offers_the_word_it_was_probably_meant_to_be()
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/search/?q=Torronto");
        await Expect(session.Page.Locator($"{Results} h2")).ToContainTextAsync("for ‘Torronto’");

        var suggestion = session.Page.Locator($"{Results} .ibp-search__suggestion a");
        await Expect(suggestion).ToHaveTextAsync("Toronto");
        await suggestion.ClickAsync();

        await Expect(session.Page.Locator($"{Results} a[href='/case-studies/toronto/']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_count_is_every_result_and_more_are_shown_on_request()
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/search/?q=planning");
        var heading = session.Page.Locator($"{Results} h2");
        await Expect(heading).ToBeVisibleAsync();
        var total = int.Parse((await heading.InnerTextAsync()).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
        var items = session.Page.Locator($"{Results} .ibp-search__result");
        Assert.True(total > 20, $"the sample should give more than one page of results for 'planning', not {total}");
        await Expect(items).ToHaveCountAsync(20);

        await session.Page.Locator($"{Results} .ibp-search__more").ClickAsync();

        await Expect(items).ToHaveCountAsync(Math.Min(total, 40));
    }

    [Fact]
    public async Task Section_filters_are_offered_as_checkboxes_and_narrow_the_results()
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/search/?q=planning");
        var filters = session.Page.Locator("#ibp-search-filters input[type=checkbox]");
        await Expect(filters.First).ToBeVisibleAsync();
        var labels = await session.Page.Locator("#ibp-search-filters label").AllInnerTextsAsync();
        foreach (var section in new[] { "Case studies", "Organisations", "Benchmarking", "Guidance" })
        {
            Assert.Contains(labels, l => l.StartsWith(section, StringComparison.Ordinal));
        }

        await session.Page.GetByLabel("Case studies", new() { Exact = false }).CheckAsync();

        await Expect(session.Page.Locator($"{Results} h2")).ToContainTextAsync("Case studies");
        var urls = await session.Page.Locator($"{Results} .ibp-search__result a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(urls);
        Assert.All(urls, u => Assert.StartsWith("/case-studies/", u, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Searching_winter_escalation_finds_nothing_internal()
    {
        var urls = await SearchAsync("winter escalation");

        Assert.DoesNotContain(urls, u => u.Contains("internal", StringComparison.OrdinalIgnoreCase) || u.Contains("part2", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("CANARY-INTERNAL-PAGE")]
    [InlineData("CANARY-PART2-RR8")]
    public void Public_search_index_holds_no_internal_canary(string canary)
    {
        var fragments = Directory.GetFiles(Path.Combine(portal.Output, "pagefind"), "*.pf_fragment", SearchOption.AllDirectories);
        Assert.NotEmpty(fragments);

        var leaking = fragments.Where(f => Decompress(f).Contains(canary, StringComparison.Ordinal)).Select(Path.GetFileName).ToList();

        Assert.True(leaking.Count == 0, $"{canary} is in the public index: {string.Join(", ", leaking)}");
    }

    [Fact]
    public void Charts_are_found_by_title_and_description_but_their_axes_and_data_tables_stay_out_of_the_index()
    {
        var fragments = Directory.GetFiles(Path.Combine(portal.Output, "pagefind"), "*.pf_fragment", SearchOption.AllDirectories);
        var organisation = fragments.Select(Decompress).Single(t => t.Contains("\"url\":\"/organisations/RR8/\"", StringComparison.Ordinal));

        Assert.Contains("SPC chart", organisation, StringComparison.Ordinal);
        Assert.DoesNotContain("Upper limit", organisation, StringComparison.Ordinal); // a data-table heading
        Assert.DoesNotContain("Apr 16", organisation, StringComparison.Ordinal); // an axis label
    }

    private async Task<string[]> SearchAsync(string query)
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/search/?q=" + Uri.EscapeDataString(query));
        await Expect(session.Page.Locator($"{Results} h2")).ToBeVisibleAsync();
        return await session.Page.Locator($"{Results} .ibp-search__result a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
    }

    private static string Decompress(string fragment)
    {
        using var file = File.OpenRead(fragment);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var text = reader.ReadToEnd();
        const string Signature = "pagefind_dcd";
        Assert.StartsWith(Signature, text, StringComparison.Ordinal);
        return text[Signature.Length..];
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
