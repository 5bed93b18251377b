using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Issue 24, "files kept beside internal or draft pages are published": a file beside a page goes where the page goes,
/// unless a page this build publishes links to it. Canary strings in those files must appear in no public file.
/// </summary>
public class PrivateFilesTests
{
    private const string Portal = """
        -- input/internal/index.md --
        ---
        title: Internal briefings
        visibility: internal
        ---
        See the [briefing](briefing.txt).
        -- input/internal/briefing.txt --
        CANARY-INTERNAL-FILE
        -- input/internal/annex/table.csv --
        CANARY-INTERNAL-ANNEX
        -- input/news/open.md --
        ---
        title: Open news
        date: 2025-01-02
        ---
        Public, with a [chart](chart.txt).
        -- input/news/chart.txt --
        PUBLIC-FILE
        -- input/news/secret.md --
        ---
        title: Secret news
        date: 2025-01-03
        visibility: internal
        ---
        The [attachment](secret-attachment.txt).
        -- input/news/secret-attachment.txt --
        CANARY-INTERNAL-BESIDE-PUBLIC
        -- input/plans/index.md --
        ---
        title: Plans in progress
        draft: true
        ---
        Draft.
        -- input/plans/draft-figures.txt --
        CANARY-DRAFT-FILE
        """;

    [Fact]
    public void Files_beside_internal_and_draft_pages_reach_no_public_file_and_go_where_their_page_goes()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + "\n" + Portal);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        foreach (var file in site.OutputFiles().Where(f => !f.StartsWith("assets/", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("CANARY-", site.File(file), StringComparison.Ordinal);
        }

        Assert.Equal("PUBLIC-FILE\n", site.File("news/chart.txt"));

        Assert.True(site.Build(@internal: true).Succeeded, string.Join("\n", site.Messages));
        Assert.Contains("CANARY-INTERNAL-FILE", site.File("internal/briefing.txt"), StringComparison.Ordinal);
        Assert.Contains("CANARY-INTERNAL-ANNEX", site.File("internal/annex/table.csv"), StringComparison.Ordinal);
        Assert.Contains("CANARY-INTERNAL-BESIDE-PUBLIC", site.File("news/secret-attachment.txt"), StringComparison.Ordinal);
        Assert.False(site.HasPage("/plans/"));
        Assert.False(File.Exists(Path.Combine(site.Output, "plans", "draft-figures.txt")));

        Assert.True(site.Build(drafts: true).Succeeded, string.Join("\n", site.Messages));
        Assert.Contains("CANARY-DRAFT-FILE", site.File("plans/draft-figures.txt"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_beside_an_internal_page_is_published_when_a_public_page_links_it()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + "\n" + Portal + "\n" + """
            -- input/news/open.md --
            ---
            title: Open news
            date: 2025-01-02
            ---
            Public, with a [chart](chart.txt) and the [shared annex](../internal/briefing.txt).
            """);
        Assert.True(site.Build().Succeeded, string.Join("\n", site.Messages));
        Assert.Contains("CANARY-INTERNAL-FILE", site.File("internal/briefing.txt"), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(site.Output, "internal", "annex", "table.csv")));
        Assert.False(File.Exists(Path.Combine(site.Output, "news", "secret-attachment.txt")));
    }
}
