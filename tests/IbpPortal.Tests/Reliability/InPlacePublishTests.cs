using System.Security.Cryptography;
using IbpPortal.Build;
using IbpPortal.Tests.Harness;
using IbpPortal.Write;

namespace IbpPortal.Tests.Reliability;

/// <summary>A build that changed few files applies them to the existing output through a journal: the result equals a clean
/// build, a publish killed half-way is finished by the next build, and a failed build touches nothing.</summary>
public class InPlacePublishTests
{
    private const string News = """

        -- input/news/first.md --
        ---
        title: First news
        date: 2025-01-01
        ---
        First.
        """;

    [Fact]
    public void A_page_edit_is_published_in_place_removing_files_a_clean_build_lacks_and_equals_a_clean_build()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + News);
        Assert.True(Incremental(site).Succeeded);

        // A file someone left in the published site, in a folder of its own: a clean build has neither.
        Directory.CreateDirectory(Path.Combine(site.Output, "notes", "old"));
        File.WriteAllText(Path.Combine(site.Output, "notes", "old", "draft.txt"), "left behind");
        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nChanged text.\n");
        var reporter = new Recorder();
        var edited = Incremental(site, reporter);

        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        var write = reporter.Lines.Single(l => l.StartsWith("Write", StringComparison.Ordinal));
        Assert.True(write.Contains("in place:", StringComparison.Ordinal) && write.Contains(" 1 removed", StringComparison.Ordinal), string.Join("\n", reporter.Lines));
        Assert.Equal(["about/index.html"], edited.Rendered);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "notes")));
        var clean = CleanBuild(site);
        Assert.Equal(Hashes(clean), Hashes(site.Output));
        Assert.Equal(Folders(clean), Folders(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));

        // The output's listing recorded without listing the folder is the folder's: with nothing changed, nothing is built.
        Assert.True(Incremental(site).UpToDate);

        // The manifest written before the renames vouches for the page as published: the next edit keeps it.
        site.Write("-- input/index.md --\n---\ntitle: Home\n---\nWelcome to the [about page](/about/), again.\n");
        var next = Incremental(site);
        Assert.True(next.Succeeded, string.Join("\n", next.Diagnostics));
        Assert.Equal(["index.html"], next.Rendered);
        Assert.Equal(Hashes(CleanBuild(site)), Hashes(site.Output));
    }

    [Fact]
    public void A_new_page_and_a_deleted_page_change_most_files_and_are_published_by_a_swap_equal_to_a_clean_build()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + News);
        Assert.True(Incremental(site).Succeeded);

        site.Write("-- input/extra.md --\n---\ntitle: Extra\n---\nA new page.\n");
        File.Delete(Path.Combine(site.Root, "input", "news", "first.md"));
        var reporter = new Recorder();
        Assert.True(Incremental(site, reporter).Succeeded);

        Assert.Contains(reporter.Lines, l => l.StartsWith("Write", StringComparison.Ordinal) && l.EndsWith("(whole folder)", StringComparison.Ordinal));
        var clean = CleanBuild(site);
        Assert.Equal(Hashes(clean), Hashes(site.Output));
        Assert.Equal(Folders(clean), Folders(site.Output));
    }

    [Fact]
    public void A_publish_killed_between_its_renames_is_finished_by_the_next_build()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + News);
        Assert.True(Incremental(site).Succeeded);
        var old = Hashes(site.Output);

        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nChanged text.\n");
        site.Write("-- input/extra.md --\n---\ntitle: Extra\n---\nA new page.\n");
        File.Delete(Path.Combine(site.Root, "input", "news", "first.md"));
        var expectedFolder = CleanBuild(site);
        var expected = Hashes(expectedFolder);

        // What an in-place publish leaves when killed after its first rename: a marked staging folder holding the journal
        // and the files not yet renamed, and an output folder that is a mix of old and new.
        var renames = expected.Where(e => !old.TryGetValue(e.Key, out var was) || was != e.Value).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        var deletions = old.Keys.Where(k => !expected.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        Assert.True(renames.Count >= 2 && deletions.Count >= 1, $"{renames.Count} renames, {deletions.Count} deletions");
        var staging = Path.Combine(site.Root, ".output.staging-99999");
        Directory.CreateDirectory(staging);
        LeftoverMarker.Write(staging, site.Output);
        foreach (var path in renames)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(staging, path))!);
            File.Copy(Path.Combine(expectedFolder, path), Path.Combine(staging, path));
        }

        new PublishJournal(Path.GetFullPath(site.Output), renames, deletions, null).Commit(staging);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site.Output, renames[0]))!);
        File.Move(Path.Combine(staging, renames[0]), Path.Combine(site.Output, renames[0]), overwrite: true);
        Assert.NotEqual(old, Hashes(site.Output));
        Assert.NotEqual(expected, Hashes(site.Output));

        // The next build finishes the publish before anything else (shown here alone), then builds as usual.
        OutputPublisher.CleanLeftovers(site.Output);
        Assert.Equal(expected, Hashes(site.Output));
        Assert.False(Directory.Exists(staging));

        Assert.True(Incremental(site).Succeeded);
        Assert.Equal(expected, Hashes(site.Output));
    }

    [Fact]
    public void A_journal_never_finished_being_written_is_discarded_and_the_output_untouched()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        Assert.True(Incremental(site).Succeeded);
        var before = Hashes(site.Output);

        // Killed while writing the journal: a temporary file, and a journal cut short (no end line).
        foreach (var (name, journal) in new[] { (".output.staging-99998", PublishJournal.FileName + ".tmp"), (".output.staging-99997", PublishJournal.FileName) })
        {
            var staging = Path.Combine(site.Root, name);
            Directory.CreateDirectory(staging);
            LeftoverMarker.Write(staging, site.Output);
            File.WriteAllText(Path.Combine(staging, "index.html"), "a staged page");
            File.WriteAllText(Path.Combine(staging, journal), $"ibp publish journal 1\noutput\t{Path.GetFullPath(site.Output)}\nrename\tindex.html\n");
        }

        OutputPublisher.CleanLeftovers(site.Output);
        Assert.Equal(before, Hashes(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));
    }

    [Fact]
    public void A_journal_is_never_applied_where_there_is_no_site()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var staging = Path.Combine(site.Root, ".output.staging-99996");
        Directory.CreateDirectory(staging);
        LeftoverMarker.Write(staging, site.Output);
        File.WriteAllText(Path.Combine(staging, "index.html"), "a staged page");
        new PublishJournal(Path.GetFullPath(site.Output), ["index.html"], [], null).Commit(staging);

        OutputPublisher.CleanLeftovers(site.Output);
        Assert.False(Directory.Exists(site.Output));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void A_failed_build_after_an_in_place_publish_leaves_the_output_and_no_journal_and_the_next_build_equals_a_clean_one()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        Assert.True(Incremental(site).Succeeded);
        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nChanged text.\n");
        Assert.True(Incremental(site).Succeeded);
        var published = Hashes(site.Output);
        var manifest = Manifests(site);

        site.Write("-- input/about.md --\n---\ntitle: [unclosed\n---\nBroken front matter.\n");
        Assert.False(Incremental(site).Succeeded);
        Assert.Equal(published, Hashes(site.Output));
        Assert.Equal(manifest, Manifests(site));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output.staging-*"));

        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nMended text.\n");
        Assert.True(Incremental(site).Succeeded);
        Assert.Equal(Hashes(CleanBuild(site)), Hashes(site.Output));
    }

    private static BuildResult Incremental(SiteFixture site, IBuildReporter? reporter = null) =>
        BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = Path.Combine(site.Root, ".ibp-cache") }, reporter);

    private static string CleanBuild(SiteFixture site)
    {
        var output = Path.Combine(site.Root, "clean");
        var clean = BuildPipeline.Run(new BuildOptions { Root = site.Root, Output = output, Search = false, Clean = true, CacheDir = Path.Combine(site.Root, ".clean-cache") });
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics));
        return output;
    }

    private static SortedDictionary<string, string> Manifests(SiteFixture site) => new(
        Directory.EnumerateFiles(Path.Combine(site.Root, ".ibp-cache"), "output-manifest-*").ToDictionary(f => f, File.ReadAllText),
        StringComparer.Ordinal);

    private static SortedDictionary<string, string> Hashes(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);

    private static List<string> Folders(string folder) =>
        [.. Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Select(d => Path.GetRelativePath(folder, d).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private sealed class Recorder : IBuildReporter
    {
        public List<string> Lines { get; } = [];

        public void Stage(string name, TimeSpan elapsed, string summary) => Lines.Add($"{name} {summary}");
    }
}
