using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using IbpPortal.BrowserTests.Harness;
using Microsoft.Playwright;

namespace IbpPortal.BrowserTests;

/// <summary>
/// A chart's "Show the data" table as a reader meets it: a plain table that keeps its rows and columns, scrolls sideways in
/// a region named by its caption on a phone (WCAG 1.4.10 allows this for data in two dimensions), is reached and scrolled
/// from the keyboard with a visible focus, and passes axe once opened.
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class DataTableTests(PortalFixture portal)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [InlineData("/organisations/RR8/", "spc-ae_4hr-RR8", true)]
    [InlineData("/organisations/RR8/", "spc-ae_4hr-RR8", false)]
    [InlineData("/benchmarking/ae_4hr/", "ranking-ae_4hr", true)]
    public async Task At_320px_a_chart_table_scrolls_in_its_named_region_which_tab_reaches_and_arrow_keys_scroll(string path, string figure, bool script)
    {
        await using var session = await portal.OpenAsync(PageKinds.Phone, script: script);
        await session.GoToAsync(path);
        await OpenDataAsync(session, figure);

        // The region is named by the table's caption, which is the chart's title.
        var title = (await session.Page.Locator($"#{figure} .ibp-chart__title").TextContentAsync())!.Trim();
        Assert.Equal(title, (await session.Page.Locator($"#{figure} caption").TextContentAsync())!.Trim());
        var region = session.Page.GetByRole(AriaRole.Region, new() { Name = title, Exact = true });
        await Assertions.Expect(region).ToHaveCountAsync(1);

        // The table is wider than the phone: it scrolls inside its region and the page itself does not.
        var widths = await region.EvaluateAsync<int[]>("r => [r.scrollWidth, r.clientWidth, document.documentElement.scrollWidth]");
        Assert.True(widths[0] > widths[1], $"{figure}: the table ({widths[0]}px) should be wider than its region ({widths[1]}px) at 320px");
        Assert.True(widths[2] <= PageKinds.Phone + 1, $"{path} is {widths[2]}px wide at 320px with {figure}'s data open");

        // Tab from "Show the data" lands on the region, which shows a 4px focus outline, and the right arrow scrolls it.
        await session.Page.Locator($"#{figure} details > summary").FocusAsync();
        await session.Page.Keyboard.PressAsync("Tab");
        Assert.True(await region.EvaluateAsync<bool>("r => document.activeElement === r"), $"{figure}: Tab after 'Show the data' did not reach the table's region");
        Assert.Equal("solid 4px", await region.EvaluateAsync<string>("r => { const s = getComputedStyle(r); return s.outlineStyle + ' ' + s.outlineWidth; }"));
        // Keyboard scrolling may be smooth and, with the whole suite running, slow to start: press and look again, for up
        // to 15 seconds, rather than read it once.
        var scrolled = false;
        for (var i = 0; i < 30 && !scrolled; i++)
        {
            await session.Page.Keyboard.PressAsync("ArrowRight");
            scrolled = await region.EvaluateAsync<bool>("r => document.activeElement === r && r.scrollLeft > 0")
                || await WaitForScrollAsync(region);
        }

        Assert.True(scrolled, $"{figure}: the right arrow did not scroll the focused table region");
        await session.ScreenshotAsync($"data-table-{figure}-{(script ? "script" : "plain")}", maxHeight: 4_000);
    }

    [Fact]
    public async Task At_1280px_a_chart_table_fits_and_with_script_its_region_is_no_tab_stop()
    {
        await using var session = await portal.OpenAsync(PageKinds.Desktop);
        await session.GoToAsync("/organisations/RR8/");
        await OpenDataAsync(session, "spc-ae_4hr-RR8");

        var region = session.Page.Locator("#spc-ae_4hr-RR8 .ibp-table-scroll");
        Assert.True(await region.EvaluateAsync<bool>("r => r.scrollWidth <= r.clientWidth + 1"), "the SPC table should fit at 1280px");
        Assert.Null(await region.GetAttributeAsync("tabindex"));
        Assert.Equal("region", await region.GetAttributeAsync("role"));
        await session.ScreenshotAsync("data-table-spc-ae_4hr-RR8", maxHeight: 6_000);
    }

    [Fact]
    public async Task At_1280px_no_table_scrolls_sideways_by_a_few_pixels()
    {
        // NHS.UK makes a table 4px wider than its container; in a scroll region a table that fits then scrolls by 4px and
        // shows a scroll bar for nothing. A table wider than the page scrolls by far more than that.
        await using var session = await portal.OpenAsync(PageKinds.Desktop);
        var problems = new List<string>();
        var regions = 0;
        foreach (var (_, path) in PageKinds.Rows.Append(("planning", "/organisations/RR8/planning/")))
        {
            await session.GoToAsync(path);
            // Every expander and "Show the data" open, so that each table has its width.
            await session.Page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            var overflows = await session.Page.EvaluateAsync<int[]>(
                "() => [...document.querySelectorAll('.ibp-table-scroll')].filter(r => r.clientWidth > 0).map(r => r.scrollWidth - r.clientWidth)");
            regions += overflows.Length;
            problems.AddRange(overflows.Where(o => o is > 1 and < 16).Select(o => $"{path}: a table scrolls sideways by {o}px"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct()));
        Assert.True(regions > 50, $"only {regions} table regions measured");
    }

    [Theory]
    [InlineData(PageKinds.Phone)]
    [InlineData(PageKinds.Desktop)]
    public async Task A_domain_with_every_chart_table_open_has_no_axe_violations(int width)
    {
        await using var session = await portal.OpenAsync(width);
        await session.GoToAsync("/organisations/RR8/");
        await session.Page.EvaluateAsync("() => { const d = document.querySelector('#domain-performance'); d.open = true; d.querySelectorAll('details').forEach(x => x.open = true); }");

#pragma warning disable CS0618 // The in-page run; see PageObservation for why.
        var axe = await session.Page.Locator("html").RunAxeLegacy(Wcag22AA);
#pragma warning restore CS0618
        var text = new StringBuilder($"axe found {axe.Violations.Length} violation(s) at {width}px with the performance domain's tables open:\n");
        foreach (var violation in axe.Violations)
        {
            text.Append($"- {violation.Id}: {violation.Help}; at {string.Join(", ", violation.Nodes.Take(3).Select(n => n.Target))}\n");
        }

        Assert.True(axe.Violations.Length == 0, text.ToString());
    }

    /// <summary>Opens the chart's domain and its "Show the data" as a reader does, by clicking their summaries.</summary>
    private static async Task OpenDataAsync(PageSession session, string figure)
    {
        var domain = session.Page.Locator($"details.ibp-domain:has(#{figure})");
        if (await domain.CountAsync() == 1)
        {
            await domain.Locator("> summary").ClickAsync();
        }

        await session.Page.Locator($"#{figure} details > summary").ClickAsync();
        await Assertions.Expect(session.Page.Locator($"#{figure} table")).ToBeVisibleAsync();
    }

    private static async Task<bool> WaitForScrollAsync(ILocator region)
    {
        await Task.Delay(500);
        return await region.EvaluateAsync<bool>("r => r.scrollLeft > 0");
    }
}
