using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace IbpPortal.BrowserTests.Harness;

/// <summary>What one visit to a page at one width saw: axe's findings, errors, requests, layout and a screenshot.</summary>
/// <remarks>Each page is visited once per width and every test reads the same observation, which keeps the run short.</remarks>
public sealed record PageObservation(
    string Kind,
    string Path,
    int Width,
    IReadOnlyList<AxeResultItem> Violations,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> PageErrors,
    IReadOnlyList<Uri> Requests,
    int ScrollWidth,
    IReadOnlyList<string> Overflowing,
    bool HeadingVisible,
    bool NavigationVisible,
    string Screenshot,
    IReadOnlyList<string> ChartsWiderThanPhone,
    IReadOnlyList<Uri> ChartsFetchedOnArrival)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    /// <summary>Where the page is, for failure messages.</summary>
    public string Where => $"{Kind} ({Path}) at {Width}px";

    internal static async Task<PageObservation> ObserveAsync(PortalFixture portal, string kind, string path, int width)
    {
        await using var session = await portal.OpenForVisitAsync(width);
        await session.GoToAsync(path);

        var layout = await session.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth]");
        var overflowing = await session.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && (getComputedStyle(e).position === 'absolute' || !e.closest('.ibp-table-scroll')))
              .slice(0, 8)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : ''))
            """);
        // The chart drawings fetched before anything scrolled or opened: each is an image of its own, loaded lazily.
        var arrival = session.Requests.Where(r => r.AbsolutePath.Contains("/charts/", StringComparison.Ordinal)).ToList();

        // Charts shown on the page whose drawing (the picture's choice at this width, read from its file) was laid out wider
        // than a phone's layout, or is drawn wider than its box. Shown images are loaded first, wherever they are on the page.
        var wideCharts = await session.Page.EvaluateAsync<string[]>("""
            async () => {
              const images = [...document.querySelectorAll('.ibp-chart__image img')].filter(i => i.getClientRects().length > 0);
              images.forEach(i => { i.loading = 'eager'; });
              await Promise.all(images.map(i => i.decode().catch(() => null)));
              const wide = [];
              for (const image of images) {
                const text = await (await fetch(image.currentSrc)).text();
                const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
                const width = svg.viewBox.baseVal.width;
                if (width > 480 || image.getBoundingClientRect().width > image.closest('.ibp-chart__image').getBoundingClientRect().width + 1) {
                  wide.push((image.closest('figure') || image).id + ' (' + width + ' px layout, ' + image.currentSrc + ')');
                }
              }
              return wide;
            }
            """);
        var heading = await session.Page.Locator("main h1").First.IsVisibleAsync();
        var navigation = await session.Page.Locator(".nhsuk-header__navigation-link").First.IsVisibleAsync();
        var screenshot = await session.ScreenshotAsync(kind);
        // axe runs in the page itself: the default run finishes in a blank page it opens with Browser.NewPageAsync and
        // closes with its context, and closing a context ends a single-process Chromium (SIGTRAP). The site's pages
        // have no frames, so the in-page run on the root element (which axe treats as the whole page) checks the same.
        // Deque marks the legacy run obsolete ("being removed in the future"); until then it is the run that works here.
#pragma warning disable CS0618
        var axe = await session.Page.Locator("html").RunAxeLegacy(Wcag22AA);
#pragma warning restore CS0618

        return new PageObservation(kind, path, width, axe.Violations, [.. session.ConsoleErrors], [.. session.PageErrors], [.. session.Requests],
            layout[0], overflowing, heading, navigation, screenshot, wideCharts, arrival);
    }
}
