using IbpPortal.Content;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Content;

/// <summary>Issue 24: an empty <c>input/</c> gave 76 "links to /" errors instead of asking for a home page.</summary>
public class HomePageTests
{
    [Fact]
    public void An_empty_input_folder_is_one_error_asking_for_input_index_md()
    {
        var withoutContent = string.Join("\n-- ", Reliability.ValidPortal.Text.Split("\n-- ").Where(s => !s.StartsWith("input/", StringComparison.Ordinal)));
        using var site = SiteFixture.Create(withoutContent);
        Directory.CreateDirectory(Path.Combine(site.Root, "input"));

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(site.Errors);
        Assert.Equal(ContentCodes.NoHomePage, error.Code);
        Assert.StartsWith("input/index.md: error IBP1131: the portal has no home page; add input/index.md", error.ToString(), StringComparison.Ordinal);
    }
}
