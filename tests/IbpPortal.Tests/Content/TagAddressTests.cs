using IbpPortal.Content;
using IbpPortal.Tests.Harness;
using IbpPortal.Tests.Reliability;

namespace IbpPortal.Tests.Content;

/// <summary>Tags with no letter that fits in an address (issue 24: "Refusing to write 'tags//index.html'").</summary>
public class TagAddressTests
{
    [Fact]
    public void Tags_without_ascii_letters_get_hashed_pages_that_list_their_pages()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + """

            -- input/about.md --
            ---
            title: About
            tags: [日本, é, "!!!", "..", "/"]
            ---
            Text.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", site.Messages));
        // Hashes: python3 -c "import hashlib; print(hashlib.sha256('日本'.encode()).hexdigest()[:8])" and so on.
        foreach (var (tag, route) in new[] { ("日本", "/tags/h-cf2abf0c/"), ("é", "/tags/e/"), ("!!!", "/tags/h-e84c538e/"), ("..", "/tags/h-5ec1f7e7/"), ("/", "/tags/h-8a5edab2/") })
        {
            var page = site.Page(route);
            Assert.Equal($"Tagged: {tag}", page.QuerySelector("h1")?.TextContent.Trim());
            Assert.Contains(page.QuerySelectorAll("a"), a => a.TextContent.Trim() == "About");
        }

        var about = site.Page("/about/");
        Assert.Contains(about.QuerySelectorAll("a"), a => a.GetAttribute("href")?.EndsWith("/tags/h-cf2abf0c/", StringComparison.Ordinal) == true && a.TextContent.Contains("日本", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_different_tags_on_one_address_are_a_warning_at_the_later_pages_tags_line()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + """

            -- input/about.md --
            ---
            title: About
            tags: [A&E]
            ---
            Text.
            -- input/team.md --
            ---
            title: Team
            tags: [A E, a&e]
            ---
            Text.
            """);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", site.Messages));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == ContentCodes.TagSlugCollision);
        Assert.StartsWith("input/team.md:3: warning IBP1130: the tags 'A E' and 'A&E' (in input/about.md) have the same address /tags/a-e/", warning.ToString(), StringComparison.Ordinal);
    }
}
