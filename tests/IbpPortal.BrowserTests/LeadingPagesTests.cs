using System.Text;
using System.Text.RegularExpressions;
using IbpPortal.BrowserTests.Harness;
using Microsoft.Playwright;

namespace IbpPortal.BrowserTests;

/// <summary>
/// Issue #21 items 1 and 2 in a browser: the organisation page's summary matrix leads to each measure, its first view stays within
/// about four screens, and a keyboard user finds an organisation from the home page.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class LeadingPagesTests(PortalFixture portal)
{
    /// <summary>The screen the first view is measured in: 1280 × 900 CSS pixels.</summary>
    private const int ScreenHeight = 900;

    [Theory]
    [InlineData("/organisations/RR8/", true)]
    [InlineData("/organisations/QWO/", true)]
    [InlineData("/organisations/RR8/", false)]
    public async Task Summary_matrix_links_open_their_domain_and_land_on_the_measures_section(string path, bool script)
    {
        await using var session = await OpenAsync(script);
        await session.GoToAsync(path);
        // Crowded cells keep their names behind a disclosure; open those first, as a reader would.
        await session.Page.EvaluateAsync("() => document.querySelectorAll('#summary-matrix details').forEach(d => d.open = true)");
        var hrefs = await session.Page.Locator("#summary-matrix a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        Assert.NotEmpty(hrefs);

        var missed = new StringBuilder();
        foreach (var href in hrefs.Take(script ? hrefs.Length : 8))
        {
            await session.Page.Locator($"#summary-matrix a[href='{href}']").ClickAsync();
            var landed = await session.Page.EvaluateAsync<string>("""
                id => {
                  const t = document.getElementById(id);
                  if (!t) { return 'missing'; }
                  const top = t.getBoundingClientRect().top;
                  return t.checkVisibility() && top >= -1 && top < window.innerHeight / 2 ? 'ok' : 'visible=' + t.checkVisibility() + ' top=' + Math.round(top);
                }
                """, href[1..]);
            if (landed != "ok")
            {
                missed.Append($"{href}: {landed}\n");
            }
        }

        Assert.True(missed.Length == 0, $"{path} (script {(script ? "on" : "off")}): links that did not land on a visible section:\n{missed}");
    }

    [Theory]
    [InlineData("/organisations/RR8/")]
    [InlineData("/organisations/QWO/")]
    public async Task First_view_before_any_domain_opens_is_at_most_four_screens_at_1280px(string path)
    {
        await using var session = await portal.OpenAsync(PageKinds.Desktop, ScreenHeight);
        await session.GoToAsync(path);

        // The first view: from the top of the page to the last closed domain (the organisation's details and the footer follow).
        var bottom = await session.Page.EvaluateAsync<int>("""
            () => {
              const domains = [...document.querySelectorAll('details.ibp-domain')];
              if (domains.length === 0 || domains.some(d => d.open)) { return -1; }
              return Math.round(domains[domains.length - 1].getBoundingClientRect().bottom + window.scrollY);
            }
            """);

        Assert.InRange(bottom, 1, 4 * ScreenHeight);
    }

    [Theory]
    [InlineData("/organisations/RR8/")]
    [InlineData("/organisations/QWO/")]
    [InlineData("/organisations/QHM/")]
    [InlineData("/organisations/RTD/")]
    [InlineData("/organisations/QWO/planning/")]
    public async Task Every_domain_opened_at_320px_does_not_scroll_sideways(string path)
    {
        await using var session = await portal.OpenAsync(PageKinds.Phone);
        await session.GoToAsync(path);
        await session.Page.EvaluateAsync("() => document.querySelectorAll('main details').forEach(d => d.open = true)");

        var overflowing = await session.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.ibp-table-scroll, .ibp-chart__image'))
              .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''))
            """);
        var width = await session.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

        Assert.True(width <= PageKinds.Phone + 1, $"{path} with every section open is {width}px wide at 320px; past the edge: {string.Join(", ", overflowing)}");
    }

    [Fact]
    public async Task Find_your_organisation_by_keyboard_filters_the_list_and_opens_the_match()
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/");

        Assert.True(await TabToAsync(session.Page, "find-org"), "Tab never reached the 'find your organisation' box");
        await session.Page.Keyboard.TypeAsync("rr8");
        Assert.Equal("1 organisation matches.", await session.Page.Locator("[data-ibp-find-org] [role='status']").TextContentAsync());
        Assert.Equal(1, await session.Page.Locator("#find-org-list li:not([hidden])").CountAsync());

        await session.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Leeds Teaching Hospitals NHS Trust", await session.Page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await session.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(session.Page).ToHaveURLAsync(new Regex("/organisations/RR8/$"));
    }

    [Fact]
    public async Task Find_your_organisation_opens_the_first_match_on_enter_and_the_list_works_without_script()
    {
        await using (var session = await portal.OpenAsync())
        {
            await session.GoToAsync("/");
            await session.Page.Locator("#find-org").FillAsync("west yorkshire icb");
            await session.Page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(session.Page).ToHaveURLAsync(new Regex("/organisations/QWO/$"));
        }

        await using var plain = await OpenAsync(script: false);
        await plain.GoToAsync("/");
        Assert.False(await plain.Page.Locator("#find-org").IsVisibleAsync());
        Assert.True(await plain.Page.Locator("#find-org-list a[href$='/organisations/RR8/']").IsVisibleAsync());
    }

    private Task<PageSession> OpenAsync(bool script) => portal.OpenAsync(script: script);

    private static async Task<bool> TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string>("() => document.activeElement.id") == id)
            {
                return true;
            }
        }

        return false;
    }
}
