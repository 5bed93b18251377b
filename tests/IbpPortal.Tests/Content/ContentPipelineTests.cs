using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Content;

public class ContentPipelineTests
{
    [Fact]
    public void Markdown_page_is_rendered_through_its_layout_with_navigation_and_breadcrumbs()
    {
        using var site = SiteFixture.Create("""
            -- portal.yml --
            title: Test portal
            -- input/index.md --
            ---
            title: Welcome
            ---
            Hello **world**.
            -- input/guidance/planning.md --
            ---
            title: Planning basics
            description: How to start.
            ---
            ## First heading

            A [link home](/).
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", site.Messages));
        var page = site.Page("/guidance/planning/");
        Assert.Equal("Planning basics – Test portal", page.Title);
        Assert.Equal("Planning basics", page.QuerySelector("main h1")!.TextContent);
        Assert.Equal("How to start.", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("first-heading", page.QuerySelector("main h2")!.Id);
        var crumbs = page.QuerySelectorAll(".nhsuk-breadcrumb__link").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(["Home", "Guidance"], crumbs);
        Assert.Equal("/", page.QuerySelector("main a[href='/']")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a.nhsuk-skip-link[href='#maincontent']"));
        Assert.Contains("world", site.Page("/").QuerySelector("main strong")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Front_matter_values_are_escaped_never_markup()
    {
        using var site = SiteFixture.Create("""
            -- input/index.md --
            ---
            title: "<script>alert(1)</script> & \" onmouseover=x"
            description: "<img src=x onerror=alert(1)>"
            ---
            <script>alert(2)</script>
            """);

        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        var html = site.File("index.html");
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> & \" onmouseover=x", site.Page("/").QuerySelector("main h1")!.TextContent);
    }

    [Fact]
    public void Missing_title_is_an_error_naming_file_and_line_and_nothing_is_published()
    {
        using var site = SiteFixture.Create("""
            -- input/index.md --
            ---
            title: Home
            ---
            Fine.
            -- input/broken.md --
            ---
            description: no title here
            ---
            Body.
            """);
        Assert.False(site.Build().Succeeded);
        Assert.Contains(site.Messages, m => m.StartsWith("input/broken.md:1: error IBP1102:", StringComparison.Ordinal));
        Assert.Empty(site.OutputFiles());
    }

    [Fact]
    public void Broken_internal_link_is_an_error_with_line_and_suggestion()
    {
        using var site = SiteFixture.Create("""
            -- input/index.md --
            ---
            title: Home
            ---
            See [the guide](/guidnce/).
            -- input/guidance/index.md --
            ---
            title: Guidance
            ---
            Text.
            """);

        Assert.False(site.Build().Succeeded);
        var message = Assert.Single(site.Messages, m => m.Contains("IBP1110", StringComparison.Ordinal));
        Assert.StartsWith("input/index.md:4:5: error IBP1110:", message, StringComparison.Ordinal);
        Assert.Contains("did you mean '/guidance/'", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_untouched()
    {
        using var site = SiteFixture.Create("""
            -- input/index.md --
            ---
            title: Home
            ---
            Version one.
            """);
        Assert.True(site.Build().Succeeded);
        var before = site.OutputFiles().ToDictionary(f => f, f => site.File(f));

        site.Write("""
            -- input/index.md --
            ---
            title: Home
            ---
            Version two with a [broken link](/nowhere/).
            """);
        Assert.False(site.Build().Succeeded);

        var after = site.OutputFiles().ToDictionary(f => f, f => site.File(f));
        Assert.Equal(before, after);
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Output)!, ".output.staging-*"));
    }
}
