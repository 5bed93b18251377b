using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sample;

/// <summary>Issue #21: a reader who lands on the home page can reach every page by following links.</summary>
[Collection(SamplePortalGroup.Name)]
public class ReachabilityTests(SampleBuild sample)
{
    [Fact]
    public void Every_page_of_the_public_sample_is_reachable_by_links_from_the_home_page()
    {
        var pages = sample.Public.Files()
            .Where(f => f.EndsWith("index.html", StringComparison.Ordinal))
            .Select(f => "/" + f[..^"index.html".Length])
            .ToHashSet(StringComparer.Ordinal);
        var reached = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var queue = new Queue<string>(["/"]);
        while (queue.TryDequeue(out var route))
        {
            // Links, and the header's search form (its results page is reached by searching).
            var page = sample.Public.Page(route);
            var targets = page.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!)
                .Concat(page.QuerySelectorAll("form[action]").Select(f => f.GetAttribute("action")!));
            foreach (var link in targets)
            {
                if (Route(link, route) is { } target && pages.Contains(target) && reached.Add(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.Empty(pages.Except(reached).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_footer_links_the_editors_guide_and_the_pages_no_menu_names()
    {
        var footer = sample.Public.Page("/methodology/").QuerySelectorAll("footer.nhsuk-footer a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/guide/", footer);
        Assert.Contains("/news/", footer);
        Assert.Contains("/benefits/", footer);
        Assert.Contains("/nhs-challenges/", footer);
    }

    [Fact]
    public void The_ibp_model_page_lists_each_step_once()
    {
        var links = sample.Public.Page("/ibp-model/").QuerySelectorAll("main a[href^='/ibp-model/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(7, links.Distinct().Count());
        Assert.All(links.GroupBy(l => l), g => Assert.Single(g));
    }

    [Fact]
    public void No_link_is_styled_as_an_nhs_tag()
    {
        // NHS.UK tags show a status and are never links; topic links are ordinary links.
        var offenders = sample.Public.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal))
            .Where(f => SiteFixture.Parse(sample.Public.Text(f)).QuerySelector("a.nhsuk-tag") is not null)
            .ToList();
        Assert.Empty(offenders);
    }

    /// <summary>The site route a link leads to (the sample is published at the root), or null for other sites, files and mail.</summary>
    private static string? Route(string href, string from)
    {
        var path = href.Split('#', '?')[0];
        if (path.Length == 0 || path.Contains(':', StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var absolute = new Uri(new Uri("https://portal.invalid" + from), path).AbsolutePath;
        return absolute.EndsWith('/') ? absolute : null;
    }
}
