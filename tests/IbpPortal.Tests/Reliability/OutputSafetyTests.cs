using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>
/// Issue 24, "--output pointing at the sources deletes them": the real <c>ibp build</c> refuses every output folder whose
/// replacement would destroy something, exits 1 with one clear message, and touches nothing.
/// </summary>
public class OutputSafetyTests
{
    public static TheoryData<string, string> UnsafeOutputs { get; } = new()
    {
        // Where --output points (relative to the portal; ".." is the folder holding it), and the code expected.
        { ".", "IBP5001" },
        { "..", "IBP5001" },
        { "input", "IBP5001" },
        { "input/site", "IBP5001" },
        { "data", "IBP5001" },
        { "theme", "IBP5001" },
        { "theme/layouts", "IBP5001" },
        { ".ibp-cache", "IBP5001" },
        { ".ibp-cache/site", "IBP5001" },
        { "link-to-input", "IBP5001" },
        { "../other-repo", "IBP5001" },
        { "my-documents", "IBP5003" },
        { "portal.yml", "IBP5002" },
    };

    [Theory]
    [MemberData(nameof(UnsafeOutputs))]
    public void An_output_folder_that_would_destroy_sources_is_refused_and_nothing_is_touched(string output, string code)
    {
        using var holder = new TempFolder();
        var root = Path.Combine(holder.Path, "portal");
        using var site = SiteFixture.Create(ValidPortal.Text);
        Directory.Move(site.Root, root);
        try
        {
            Directory.CreateDirectory(Path.Combine(root, ".ibp-cache", "keep"));
            File.WriteAllText(Path.Combine(root, ".ibp-cache", "keep", "note.txt"), "cache");
            Directory.CreateSymbolicLink(Path.Combine(root, "link-to-input"), Path.Combine(root, "input"));
            Directory.CreateDirectory(Path.Combine(holder.Path, "other-repo", ".git"));
            Directory.CreateDirectory(Path.Combine(root, "my-documents"));
            File.WriteAllText(Path.Combine(root, "my-documents", "letter.txt"), "mine");
            var before = IbpCli.Tree(holder.Path);

            var result = IbpCli.Run("build", "--root", root, "--output", Path.Combine(root, output), "--no-search");

            Assert.True(result.Code == 1, $"exit {result.Code}: {result.Out}{result.Err}");
            Assert.Contains($"error {code}:", result.Err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
            Assert.Equal(before, IbpCli.Tree(holder.Path));
        }
        finally
        {
            Directory.Move(root, site.Root);
        }
    }

    [Fact]
    public void A_folder_inside_the_git_metadata_of_the_work_tree_holding_the_portal_is_refused()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        Directory.CreateDirectory(Path.Combine(site.Root, ".git", "objects"));
        var result = IbpCli.Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, ".git", "objects"), "--no-search");
        Assert.Equal(1, result.Code);
        Assert.Contains("error IBP5001:", result.Err, StringComparison.Ordinal);
        Assert.Contains("git work tree", result.Err, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(site.Root, ".git", "objects")));
    }

    [Fact]
    public void The_default_output_inside_the_portal_and_a_fresh_folder_elsewhere_are_built()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        using var elsewhere = new TempFolder();
        var target = Path.Combine(elsewhere.Path, "site");
        var built = IbpCli.Run("build", "--root", site.Root, "--output", target, "--no-search");
        Assert.True(built.Code == 0, built.Out + built.Err);
        Assert.True(File.Exists(Path.Combine(target, "index.html")));

        // A site built before is recognised (it has index.html) and replaced.
        var again = IbpCli.Run("build", "--root", site.Root, "--output", target, "--no-search", "--clean");
        Assert.True(again.Code == 0, again.Out + again.Err);
    }
}
