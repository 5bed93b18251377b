using IbpPortal.Write;

namespace IbpPortal.Tests.Reliability;

public sealed class TreeRemoverTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ibp-tree-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Removes_every_file_and_folder_at_every_depth()
    {
        var site = Path.Combine(_root, "site");
        foreach (var path in new[] { "index.html", "a/index.html", "a/charts/x.svg", "a/b/c/d.html", "e/f.csv" })
        {
            var full = Path.Combine(site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, path);
        }

        Directory.CreateDirectory(Path.Combine(site, "empty", "deeper"));

        TreeRemover.Delete(site);

        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void A_symbolic_link_is_removed_and_its_target_kept()
    {
        var site = Path.Combine(_root, "site");
        var elsewhere = Path.Combine(_root, "elsewhere");
        Directory.CreateDirectory(Path.Combine(site, "a"));
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "keep");
        Directory.CreateSymbolicLink(Path.Combine(site, "a", "linked"), elsewhere);
        Directory.CreateSymbolicLink(Path.Combine(site, "top-link"), elsewhere);

        TreeRemover.Delete(site);

        Assert.False(Directory.Exists(site));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
    }
}
