using IbpPortal.Tests.Harness;
using IbpPortal.Write;

namespace IbpPortal.Tests.Reliability;

/// <summary>The output folder read once per build: every file at any depth, with the size and time the reuse checks compare.</summary>
public class OutputListingTests
{
    [Fact]
    public void Every_file_at_every_depth_is_listed_with_its_size_and_time_by_a_path_with_slashes()
    {
        using var folder = new TempFolder();
        var files = new[] { "index.html", "a/b/c/deep.svg", "a/page.html", "empty/.keep" };
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            var full = Path.Combine(folder.Path, file);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, new byte[i * 10]);
        }

        Directory.CreateDirectory(Path.Combine(folder.Path, "no-files", "inside"));
        var listing = OutputListing.Read(folder.Path);

        Assert.Equal(files.Order(StringComparer.Ordinal), listing.Paths.Order(StringComparer.Ordinal));
        var deep = new FileInfo(Path.Combine(folder.Path, "a", "b", "c", "deep.svg"));
        Assert.True(listing.Has("a/b/c/deep.svg", 10, deep.LastWriteTimeUtc.Ticks));
        Assert.False(listing.Has("a/b/c/deep.svg", 11, deep.LastWriteTimeUtc.Ticks));
        Assert.False(listing.Has("a/b/c/deep.svg", 10, deep.LastWriteTimeUtc.Ticks + 1));
        Assert.False(listing.Has("a/b/c", 0, 0));
        Assert.Null(listing.Of("missing.html"));
    }

    [Fact]
    public void A_symbolic_link_is_listed_for_deletion_but_never_counts_as_an_unchanged_file()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "real.html");
        File.WriteAllText(target, "real");
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.html"), target);

        var listing = OutputListing.Read(folder.Path);

        Assert.Contains("link.html", listing.Paths);
        Assert.Null(listing.Of("link.html"));
        var info = new FileInfo(Path.Combine(folder.Path, "link.html"));
        Assert.False(listing.Has("link.html", info.Length, info.LastWriteTimeUtc.Ticks));
    }

    [Fact]
    public void A_folder_that_does_not_exist_lists_nothing()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, OutputListing.Read(Path.Combine(folder.Path, "none")).Count);
    }
}

/// <summary>The published files found by folder, as a page's chart drawings are.</summary>
public class PublishedFoldersTests
{
    [Fact]
    public void The_files_in_a_folder_and_below_it_are_found_and_no_others()
    {
        var folders = PublishedFolders.Of(
        [
            "index.html", "charts/home.svg", "organisations/RAE/index.html", "organisations/RAE/charts/spc-a.svg",
            "organisations/RAE/charts/spc-b.svg", "organisations/RAE/charts/old/x.svg", "organisations/RAE2/charts/spc-a.svg",
            "organisations/RAEX.html",
        ]);

        Assert.Equal(
            ["organisations/RAE/charts/old/x.svg", "organisations/RAE/charts/spc-a.svg", "organisations/RAE/charts/spc-b.svg"],
            folders.Under("organisations/RAE/charts/").Order(StringComparer.Ordinal));
        Assert.Equal(["charts/home.svg"], folders.Under("charts/"));
        Assert.Empty(folders.Under("benchmarking/"));
        Assert.Throws<ArgumentException>(() => folders.Under("organisations/RAE"));
    }
}
