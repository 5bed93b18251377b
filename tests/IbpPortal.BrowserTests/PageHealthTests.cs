using IbpPortal.BrowserTests.Harness;

namespace IbpPortal.BrowserTests;

/// <summary>Every page kind loads cleanly and stays readable from a phone to a desktop.</summary>
[Collection(SharedPortal.Name)]
public sealed class PageHealthTests(PortalFixture portal)
{
    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_logs_no_console_errors_and_throws_nothing(string kind, string path)
    {
        var seen = await portal.ObserveAsync(kind, path, PageKinds.Desktop);

        Assert.True(seen.ConsoleErrors.Count == 0, $"{seen.Where} logged:\n" + string.Join('\n', seen.ConsoleErrors));
        Assert.True(seen.PageErrors.Count == 0, $"{seen.Where} threw:\n" + string.Join('\n', seen.PageErrors));
    }

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_requests_nothing_outside_127_0_0_1(string kind, string path)
    {
        foreach (var width in new[] { PageKinds.Desktop, PageKinds.Phone })
        {
            var seen = await portal.ObserveAsync(kind, path, width);

            var outside = seen.Requests.Where(r => r.Scheme != "data" && r.Host != "127.0.0.1").ToList();
            Assert.True(outside.Count == 0, $"{seen.Where} requested:\n" + string.Join('\n', outside));
        }
    }

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_shows_its_heading_and_navigation_at_every_width(string kind, string path)
    {
        foreach (var width in new[] { PageKinds.Desktop, PageKinds.Phone })
        {
            var seen = await portal.ObserveAsync(kind, path, width);

            Assert.True(seen.HeadingVisible, $"{seen.Where} shows no h1 in main (screenshot {seen.Screenshot})");
            Assert.True(seen.NavigationVisible, $"{seen.Where} hides the main navigation (screenshot {seen.Screenshot})");
        }
    }

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_at_320px_does_not_scroll_sideways(string kind, string path)
    {
        // Wide tables may scroll inside their own wrapper; the page itself must not.
        var seen = await portal.ObserveAsync(kind, path, PageKinds.Phone);

        Assert.True(seen.ScrollWidth <= seen.Width + 1,
            $"{seen.Where} is {seen.ScrollWidth}px wide; elements past the edge: {string.Join(", ", seen.Overflowing)} (screenshot {seen.Screenshot})");
    }

    [Theory]
    [MemberData(nameof(PageKinds.All), MemberType = typeof(PageKinds))]
    public async Task Page_kind_at_320px_shows_charts_laid_out_for_a_phone(string kind, string path)
    {
        // Issue #21: a 600 px chart clipped in a 288 px box showed names with no bars; below 640 px the phone layout shows.
        var seen = await portal.ObserveAsync(kind, path, PageKinds.Phone);

        Assert.True(seen.ChartsWiderThanPhone.Count == 0,
            $"{seen.Where} shows charts not drawn for a phone: {string.Join(", ", seen.ChartsWiderThanPhone)} (screenshot {seen.Screenshot})");
    }

    [Theory]
    [InlineData("organisation-trust", "/organisations/RR8/")]
    [InlineData("organisation-icb", "/organisations/QWO/")]
    public async Task An_organisation_page_fetches_no_chart_until_its_domain_is_opened(string kind, string path)
    {
        // Every chart of an organisation page sits in a closed domain: its drawing is a lazily loaded image, fetched when shown.
        var seen = await portal.ObserveAsync(kind, path, PageKinds.Desktop);

        Assert.True(seen.ChartsFetchedOnArrival.Count == 0, $"{seen.Where} fetched {string.Join(", ", seen.ChartsFetchedOnArrival)} before any domain was opened");
    }

    [Fact]
    public async Task A_metric_page_at_320px_fetches_only_the_phone_drawings()
    {
        // The picture's source replaces the wide drawing below 640 px, so a phone never downloads the wide one.
        var seen = await portal.ObserveAsync("metric", "/benchmarking/ae_4hr/", PageKinds.Phone);
        var charts = seen.Requests.Where(r => r.AbsolutePath.Contains("/charts/", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(charts);
        Assert.All(charts, r => Assert.EndsWith("-narrow.svg", r.AbsolutePath, StringComparison.Ordinal));
    }
}
