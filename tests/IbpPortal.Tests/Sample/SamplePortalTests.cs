using System.Net;
using System.Text.RegularExpressions;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Sample;

[Collection(SamplePortalGroup.Name)]
public partial class SamplePortalTests(SampleBuild sample)
{
    /// <summary>The site map of DESIGN.md, as routes of the sample portal.</summary>
    public static TheoryData<string> SiteMap { get; } = new()
    {
        "/", "/ibp-model/", "/ibp-model/where-are-we-now/", "/ibp-model/where-do-we-want-to-be/", "/ibp-model/aligning-resources-and-capacity/",
        "/ibp-model/identifying-gaps-and-needs/", "/ibp-model/modelling-impacts/", "/ibp-model/scenario-modelling/", "/ibp-model/enabling-decisions/",
        "/case-studies/", "/case-studies/toronto/", "/case-studies/alberta/", "/case-studies/nhs-urgent-care-system-planning/",
        "/case-studies/nhs-workforce-and-finance-alignment/", "/benchmarking/", "/benchmarking/ae_4hr/", "/organisations/",
        "/organisations/RR8/", "/organisations/QWO/", "/board-packs/", "/scenarios/", "/methodology/", "/references/", "/glossary/",
        "/search/", "/accessibility/", "/nhs-challenges/", "/benefits/",
    };

    [Fact]
    public void The_sample_portal_builds_without_errors_or_warnings()
    {
        Assert.True(sample.Public.Result.Succeeded, string.Join("\n", sample.Public.Result.Diagnostics));
        // Issue #18: the sample's coherence rules are set for real use, so its plans below target are reported
        // (IBP1601-IBP1604 warnings); before, tolerances of 8 and 6 points hid them. Issue #20: exceptions whose
        // organisation wrote no narrative are reported too (the sample writes a few, for RR8 and QWO). IBP2250: the real
        // A&E series have steps beyond the width of their limits (RVW's four-hour performance from 100% to 83% in Jun
        // 2023, say); a person must judge whether each is a counting change (the portal never re-bases by itself), so
        // the sample reports them. Issue #22: the sample switches on the 2025/26 planning guidance's ready-made rules, and
        // six of its agency spend plans fall by less than 30% (IBP1613). Nothing else may be reported.
        Assert.All(sample.Public.Result.Diagnostics, d => Assert.True(
            d.Code.StartsWith("IBP160", StringComparison.Ordinal) || d.Code.StartsWith("IBP161", StringComparison.Ordinal) || d.Code == "IBP2250" || d.Code == IbpPortal.BoardPacks.BoardPackCodes.NarrativeMissing, d.ToString()));
        Assert.DoesNotContain(sample.Public.Result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Contains(sample.Public.Result.Diagnostics, d => d.Code == IbpPortal.Coherence.CoherenceCodes.PlanBelowTarget && d.Message.StartsWith("RR8:", StringComparison.Ordinal));
        Assert.True(sample.Internal.Result.Succeeded, string.Join("\n", sample.Internal.Result.Diagnostics));
    }

    [Theory]
    [MemberData(nameof(SiteMap))]
    public void Every_page_of_the_site_map_has_its_title_navigation_and_footer(string route)
    {
        var page = sample.Public.Page(route);
        var h1 = page.QuerySelector("main h1");
        Assert.NotNull(h1);
        Assert.False(string.IsNullOrWhiteSpace(h1.TextContent));
        Assert.EndsWith("Integrated planning portal", page.Title, StringComparison.Ordinal);
        var nav = page.QuerySelectorAll(".nhsuk-header__navigation-link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("IBP model", nav);
        Assert.Contains("Benchmarking", nav);
        Assert.NotNull(page.QuerySelector("footer.nhsuk-footer a[href='/accessibility/']"));
        if (route != "/")
        {
            Assert.Equal("Home", page.QuerySelector(".nhsuk-breadcrumb__link")!.TextContent.Trim());
        }
    }

    [Fact]
    public void Every_internal_link_and_asset_of_every_page_exists()
    {
        var files = sample.Public.Files().ToHashSet(StringComparer.Ordinal);
        var broken = new List<string>();
        foreach (var file in files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            foreach (Match match in LinkAttribute().Matches(sample.Public.Text(file)))
            {
                var url = WebUtility.HtmlDecode(match.Groups[1].Value);
                if (!url.StartsWith('/') || url.StartsWith("//", StringComparison.Ordinal))
                {
                    continue;
                }

                var path = url.Split('#', '?')[0].TrimStart('/');
                var target = path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
                if (!files.Contains(target))
                {
                    broken.Add($"{file} -> {url}");
                }
            }
        }

        Assert.Empty(broken);
    }

    [Fact]
    public void Internal_content_never_reaches_the_public_build_in_any_file()
    {
        string[] canaries = ["CANARY-INTERNAL-PAGE", "CANARY-PART2-RR8", "winter-escalation-plan"];
        foreach (var file in sample.Public.Files())
        {
            var bytes = File.ReadAllBytes(Path.Combine(sample.Public.Output, file));
            var text = file.EndsWith(".pdf", StringComparison.Ordinal) ? PdfText(bytes) : System.Text.Encoding.UTF8.GetString(bytes);
            foreach (var canary in canaries)
            {
                Assert.False(text.Contains(canary, StringComparison.Ordinal), $"{canary} found in {file}");
            }
        }

        Assert.Contains(sample.Internal.Files(), f => f == "internal/winter-escalation-plan/index.html");
        Assert.Contains("CANARY-INTERNAL-PAGE", sample.Internal.Text("internal/winter-escalation-plan/index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_have_no_inline_script_and_load_nothing_from_other_sites()
    {
        foreach (var file in sample.Public.Files().Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = SiteFixture.Parse(sample.Public.Text(file));
            Assert.All(page.QuerySelectorAll("script"), s => Assert.False(string.IsNullOrEmpty(s.GetAttribute("src")), $"inline script in {file}"));
            Assert.All(page.QuerySelectorAll("[onclick], [onload], [onerror], [onmouseover]"), e => Assert.Fail($"event handler attribute in {file}"));
            foreach (var element in page.QuerySelectorAll("script[src], link[rel=stylesheet], img[src], link[rel=icon]"))
            {
                var url = element.GetAttribute("src") ?? element.GetAttribute("href")!;
                Assert.True(url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal), $"{file} loads {url}");
            }

            var csp = page.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline' ; script", csp, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Search_index_covers_the_site_and_the_search_page_links_its_bundle()
    {
        Assert.Contains(sample.Public.Files(), f => f == "pagefind/pagefind.js");
        Assert.True(sample.Public.Result.Counts.SearchPages > 20, $"only {sample.Public.Result.Counts.SearchPages} pages indexed");
        var search = sample.Public.Page("/search/");
        Assert.Equal("/pagefind/", search.QuerySelector("#ibp-search")!.GetAttribute("data-bundle"));
    }

    [Fact]
    public void Sitemap_and_feed_list_only_public_pages()
    {
        var sitemap = sample.Public.Text("sitemap.xml");
        Assert.Contains("<loc>https://example.nhs.uk/case-studies/toronto/</loc>", sitemap, StringComparison.Ordinal);
        Assert.DoesNotContain("internal", sitemap, StringComparison.Ordinal);
        var feed = sample.Public.Text("feed.xml");
        Assert.Contains("Toronto", feed, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_clean_builds_of_the_sample_are_byte_identical()
    {
        var again = Path.Combine(sample.Folder, "again");
        var result = Build.BuildPipeline.Run(new Build.BuildOptions
        {
            Root = RepoPaths.Root,
            Output = again,
            Search = true,
            CacheDir = Path.Combine(sample.Folder, "cache-again"),
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var first = Hashes(sample.Public.Output);
        var second = Hashes(again);
        Assert.Equal(first.Keys, second.Keys);
        var different = first.Where(kv => second[kv.Key] != kv.Value).Select(kv => kv.Key).ToList();
        Assert.Empty(different);
    }

    private static SortedDictionary<string, string> Hashes(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    internal static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => p.Text));
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"")]
    private static partial Regex LinkAttribute();
}
