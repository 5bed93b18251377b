using System.Security.Cryptography;
using IbpPortal.Build;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Reliability;

/// <summary>A build that reuses the cache must give exactly what a clean build gives, after any kind of edit.</summary>
public class IncrementalBuildTests
{
    [Fact]
    public void Incremental_builds_equal_clean_builds_after_a_sequence_of_edits()
    {
        using var site = SiteFixture.Create(ValidPortal.Text + """

            -- input/news/first.md --
            ---
            title: First news
            date: 2025-01-01
            ---
            First.
            """);
        var cache = Path.Combine(site.Root, ".ibp-cache");
        BuildResult Incremental() => BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache });

        var first = Incremental();
        Assert.True(first.Succeeded, string.Join("\n", first.Diagnostics));
        var edits = new (string Name, Action Edit)[]
        {
            ("page body", () => site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nChanged text.\n")),
            ("data row", () => File.WriteAllText(Path.Combine(site.Root, "data/actuals.csv"),
                File.ReadAllText(Path.Combine(site.Root, "data/actuals.csv")).Replace("RAE,att,2018-03,", "RAE,att,2018-03,1", StringComparison.Ordinal))),
            ("theme layout", () => File.AppendAllText(Path.Combine(site.Root, "theme/layouts/page.liquid"), "\n<p class=\"edited\">Edited layout</p>\n")),
            ("delete a page", () => File.Delete(Path.Combine(site.Root, "input/news/first.md"))),
            ("rename a file", () => File.Move(Path.Combine(site.Root, "input/about.md"), Path.Combine(site.Root, "input/about-us.md"))),
        };

        foreach (var (name, edit) in edits)
        {
            edit();
            if (name == "rename a file")
            {
                site.Write("-- input/index.md --\n---\ntitle: Home\n---\nWelcome to the [about page](/about-us/).\n");
            }

            var incremental = Incremental();
            Assert.True(incremental.Succeeded, $"{name}: {string.Join("\n", incremental.Diagnostics)}");
            var cleanOutput = Path.Combine(site.Root, "clean-" + name.Replace(' ', '-'));
            var clean = BuildPipeline.Run(new BuildOptions { Root = site.Root, Output = cleanOutput, Search = false, Clean = true, CacheDir = Path.Combine(site.Root, ".clean-cache") });
            Assert.True(clean.Succeeded, $"{name}: {string.Join("\n", clean.Diagnostics)}");
            Assert.Equal(Hashes(cleanOutput), Hashes(site.Output));
        }
    }

    [Fact]
    public void A_page_text_edit_reuses_chart_heavy_pages_from_the_cache()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var cache = Path.Combine(site.Root, ".ibp-cache");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }).Succeeded);
        var reporter = new Recorder();
        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nNew words.\n");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }, reporter).Succeeded);
        Assert.Contains(reporter.Lines, l => l.StartsWith("Render", StringComparison.Ordinal) && l.Contains("reused from the cache", StringComparison.Ordinal));
    }

    private sealed class Recorder : IBuildReporter
    {
        public List<string> Lines { get; } = [];

        public void Stage(string name, TimeSpan elapsed, string summary) => Lines.Add($"{name} {summary}");
    }

    private static SortedDictionary<string, string> Hashes(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))),
        StringComparer.Ordinal);
}
