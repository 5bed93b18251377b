using IbpPortal.BrowserTests.Harness;

namespace IbpPortal.BrowserTests;

/// <summary>A keyboard-only user reaches the skip link, the search box and the main navigation from the top of any page.</summary>
[Collection(SharedPortal.Name)]
public sealed class KeyboardTests(PortalFixture portal)
{
    private const int MaxTabs = 30;

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Tab_reaches_skip_link_first_then_search_box_and_main_navigation(string kind, string path)
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync(path);
        // Links the header script folded into its "More" menu are reached through the menu's toggle button.
        var navigation = await session.Page.Locator(".nhsuk-header__navigation-link").EvaluateAllAsync<string[]>(
            "links => links.filter(a => a.checkVisibility()).map(a => a.id ? '#' + a.id : a.getAttribute('href'))");
        Assert.NotEmpty(navigation);

        await session.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("nhsuk-skip-link", await Focused(session, "el => el.className"));

        var reached = new List<string>();
        for (var i = 0; i < MaxTabs; i++)
        {
            await session.Page.Keyboard.PressAsync("Tab");
            reached.Add(await Focused(session, "el => el.id ? '#' + el.id : (el.getAttribute('href') || el.tagName)"));
        }

        Assert.Contains("#search-field", reached);
        var missing = navigation.Where(href => !reached.Contains(href)).ToList();
        Assert.True(missing.Count == 0, $"{kind} ({path}): within {MaxTabs} tabs, focus never reached {string.Join(", ", missing)}; it went {string.Join(" → ", reached)}");
    }

    [Fact]
    public async Task Skip_link_moves_focus_to_main_content()
    {
        await using var session = await portal.OpenAsync();
        await session.GoToAsync("/case-studies/toronto/");

        await session.Page.Keyboard.PressAsync("Tab");
        await session.Page.Keyboard.PressAsync("Enter");

        Assert.Equal("maincontent", await Focused(session, "el => el.id"));
    }

    private static Task<string> Focused(PageSession session, string describe) =>
        session.Page.EvaluateAsync<string>($"() => {{ const el = document.activeElement; return el ? ({describe})(el) : ''; }}");
}
