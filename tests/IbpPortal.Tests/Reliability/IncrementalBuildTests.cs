using System.Security.Cryptography;
using IbpPortal.Build;
using IbpPortal.Sample;
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
        Assert.Contains(reporter.Lines, l => l.StartsWith("Render", StringComparison.Ordinal) && l.Contains(" reused (", StringComparison.Ordinal));
    }

    [Fact]
    public void A_page_text_edit_links_unchanged_pages_packs_and_data_downloads_from_the_last_output()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var cache = Path.Combine(site.Root, ".ibp-cache");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }).Succeeded);
        var downloads = Directory.EnumerateFiles(Path.Combine(site.Output, "data", "organisations"), "*", SearchOption.AllDirectories).Count();
        Assert.True(downloads > 3);

        var reporter = new Recorder();
        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nNew words.\n");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }, reporter).Succeeded);

        var render = reporter.Lines.Single(l => l.StartsWith("Render", StringComparison.Ordinal));
        var linked = int.Parse(System.Text.RegularExpressions.Regex.Match(render, @"\((\d+) linked from the last output").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(linked >= downloads, render);
    }

    [Fact]
    public void A_page_text_edit_links_the_chart_files_of_cached_pages_from_the_last_output()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var cache = Path.Combine(site.Root, ".ibp-cache");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }).Succeeded);
        // The drawings of the organisation and metric pages (the cached ones), as first written.
        var charts = site.OutputFiles()
            .Where(f => f.EndsWith(".svg", StringComparison.Ordinal) && f.Split('/') is [("organisations" or "benchmarking"), _, "charts", _])
            .ToDictionary(f => f, f => site.File(f), StringComparer.Ordinal);
        Assert.NotEmpty(charts);
        var downloads = Directory.EnumerateFiles(Path.Combine(site.Output, "data", "organisations"), "*", SearchOption.AllDirectories).Count();

        var reporter = new Recorder();
        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nNew words.\n");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }, reporter).Succeeded);

        // Each drawing is linked with its page, not drawn again: every download and every drawing is among the linked files.
        var render = reporter.Lines.Single(l => l.StartsWith("Render", StringComparison.Ordinal));
        var linked = int.Parse(System.Text.RegularExpressions.Regex.Match(render, @"\((\d+) linked from the last output").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(linked >= downloads + charts.Count, render);
        Assert.All(charts, c => Assert.Equal(c.Value, site.File(c.Key)));
    }

    [Fact]
    public void A_page_text_edit_keeps_the_theme_assets_as_published_and_writes_only_the_page()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var cache = Path.Combine(site.Root, ".ibp-cache");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }).Succeeded);
        var assets = Directory.EnumerateFiles(Path.Combine(site.Output, "assets"), "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (File.ReadAllBytes(f), File.GetLastWriteTimeUtc(f)), StringComparer.Ordinal);
        Assert.Contains(assets.Keys, f => f.EndsWith(".css", StringComparison.Ordinal));

        var reporter = new Recorder();
        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nNew words.\n");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }, reporter).Succeeded);

        // The stylesheet, scripts and icons are the files published before, not copies written again.
        var write = reporter.Lines.Single(l => l.StartsWith("Write", StringComparison.Ordinal));
        Assert.Contains("in place: 1 files written", write, StringComparison.Ordinal);
        Assert.All(assets, a =>
        {
            Assert.Equal(a.Value.Item1, File.ReadAllBytes(a.Key));
            Assert.Equal(a.Value.Item2, File.GetLastWriteTimeUtc(a.Key));
        });
    }

    [Fact]
    public void A_build_into_a_new_folder_places_cached_pages_with_their_drawings_from_one_bundle_each_and_equals_the_first()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var cache = Path.Combine(site.Root, ".ibp-cache");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }).Succeeded);

        // The cache holds one bundle of drawings a cached page, not a file a drawing.
        var drawings = site.OutputFiles().Count(f => f.EndsWith(".svg", StringComparison.Ordinal) && f.Split('/') is [("organisations" or "benchmarking"), _, "charts", _]);
        var cached = Directory.EnumerateFiles(Path.Combine(cache, "artefacts"), "*", SearchOption.AllDirectories).ToList();
        Assert.True(drawings > 10, $"{drawings} drawings");
        Assert.True(cached.Count < drawings, $"{cached.Count} cache files for {drawings} drawings");

        var elsewhere = Path.Combine(site.Root, "elsewhere");
        var reporter = new Recorder();
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Output = elsewhere, Search = false, CacheDir = cache }, reporter).Succeeded);

        var render = reporter.Lines.Single(l => l.StartsWith("Render", StringComparison.Ordinal));
        var fromCache = int.Parse(System.Text.RegularExpressions.Regex.Match(render, @", (\d+) from the cache\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(fromCache > 0, render);
        Assert.Equal(Hashes(site.Output), Hashes(elsewhere));
    }

    [Fact]
    public void A_published_file_edited_in_place_is_written_afresh_not_linked()
    {
        using var site = SiteFixture.Create(ValidPortal.Text);
        var cache = Path.Combine(site.Root, ".ibp-cache");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }).Succeeded);
        var download = Directory.EnumerateFiles(Path.Combine(site.Output, "data", "organisations"), "*.json").First();
        var relative = Path.GetRelativePath(site.Output, download);
        var original = File.ReadAllText(download);
        var page = Path.Combine(site.Output, "organisations", "RAE", "index.html");
        var originalPage = File.ReadAllText(page);

        // Someone post-processes the published site in place.
        File.AppendAllText(download, "tampered");
        File.AppendAllText(page, "<!-- tampered -->");
        File.SetLastWriteTimeUtc(download, DateTime.UtcNow.AddMinutes(1));
        File.SetLastWriteTimeUtc(page, DateTime.UtcNow.AddMinutes(1));

        site.Write("-- input/about.md --\n---\ntitle: About\ntags: [planning]\n---\n## About us\n\nOther words.\n");
        Assert.True(BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = cache }).Succeeded);
        Assert.Equal(original, File.ReadAllText(Path.Combine(site.Output, relative)));
        Assert.Equal(originalPage, File.ReadAllText(page));
    }

    [Fact]
    public void A_one_page_markdown_edit_of_a_generated_portal_renders_only_that_page_and_equals_a_clean_build()
    {
        using var site = GeneratedPortal();
        Assert.True(Incremental(site).Succeeded);

        // What bench/run.sh does: one more line at the end of the home page.
        File.AppendAllText(Path.Combine(site.Root, "input", "index.md"), "\nOne more line of text.\n");
        var edited = Incremental(site);

        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));

        // Every other page (organisation and metric pages, listings, the other markdown pages), the board packs, downloads,
        // sitemap and feed are linked from the last output.
        Assert.Equal(["index.html"], edited.Rendered);
        Assert.Equal(Hashes(CleanBuild(site, "page-edit")), Hashes(site.Output));
    }

    [Fact]
    public void A_new_page_title_renders_the_pages_that_list_it_but_no_data_page_pack_or_download_and_equals_a_clean_build()
    {
        using var site = GeneratedPortal();
        Assert.True(Incremental(site).Succeeded);
        var page = Directory.EnumerateFiles(Path.Combine(site.Root, "input"), "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "index.md").Order(StringComparer.Ordinal).First();
        var lines = File.ReadAllLines(page);
        var title = Array.FindIndex(lines, l => l.StartsWith("title:", StringComparison.Ordinal));
        lines[title] = "title: A retitled page";
        File.WriteAllLines(page, lines);
        var edited = Incremental(site);

        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        Assert.Contains("sitemap.xml", edited.Rendered);
        Assert.Contains(edited.Rendered, p => p.StartsWith(Path.GetFileNameWithoutExtension(page), StringComparison.Ordinal) || p.Contains("/" + Path.GetFileNameWithoutExtension(page) + "/", StringComparison.Ordinal));
        Assert.DoesNotContain(edited.Rendered, p => p.StartsWith("organisations/", StringComparison.Ordinal) || p.StartsWith("benchmarking/", StringComparison.Ordinal) ||
            p.StartsWith("board-packs/", StringComparison.Ordinal) || p.StartsWith("data/", StringComparison.Ordinal));
        Assert.Equal(Hashes(CleanBuild(site, "title-edit")), Hashes(site.Output));
    }

    [Fact]
    public void A_changed_data_value_equals_a_clean_build()
    {
        using var site = GeneratedPortal();
        Assert.True(Incremental(site).Succeeded);
        var (trust, metric, period) = ChangeOneValue(site);
        var edited = Incremental(site);

        Assert.True(edited.Succeeded, string.Join("\n", edited.Diagnostics));
        Assert.Contains($"organisations/{trust}/index.html", edited.Rendered);
        Assert.Contains($"benchmarking/{metric}/index.html", edited.Rendered);
        Assert.Contains(edited.Rendered, p => p.StartsWith($"board-packs/{trust}/", StringComparison.Ordinal));
        Assert.True(period.Length == 7);
        Assert.Equal(Hashes(CleanBuild(site, "data-edit")), Hashes(site.Output));
    }

    /// <summary>A portal from the sample generator (one ICB, three trusts, five measures over fourteen months, two pages) with the repository's theme.</summary>
    private static SiteFixture GeneratedPortal()
    {
        var site = SiteFixture.Create(string.Empty);
        var generated = Path.Combine(site.Root, "generated");
        SampleGenerator.Generate(new SampleOptions { Icbs = 1, TrustsPerIcb = 3, Metrics = 5, Months = 14, Pages = 2, Seed = 3, Output = generated });
        foreach (var entry in Directory.EnumerateFileSystemEntries(generated))
        {
            var target = Path.Combine(site.Root, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                Directory.Move(entry, target);
            }
            else
            {
                File.Move(entry, target);
            }
        }

        Directory.Delete(generated);
        return site;
    }

    /// <summary>Changes the value of one trust's measure in an early month (not the latest, which every ranking shows).</summary>
    private static (string Trust, string Metric, string Period) ChangeOneValue(SiteFixture site)
    {
        var path = Path.Combine(site.Root, "data", "actuals.csv");
        var lines = File.ReadAllLines(path);
        var index = Array.FindIndex(lines, l => l.StartsWith('R') && l.Split(',') is [_, _, var p, var v] && p.EndsWith("-06", StringComparison.Ordinal) && v.Length > 0 && v != "*" && v != "-");
        var cells = lines[index].Split(',');
        cells[3] = (double.Parse(cells[3], System.Globalization.CultureInfo.InvariantCulture) * 1.5).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
        lines[index] = string.Join(',', cells);
        File.WriteAllLines(path, lines);
        return (cells[0], cells[1], cells[2]);
    }

    private static BuildResult Incremental(SiteFixture site) =>
        BuildPipeline.Run(new BuildOptions { Root = site.Root, Search = false, CacheDir = Path.Combine(site.Root, ".ibp-cache") });

    private static string CleanBuild(SiteFixture site, string name)
    {
        var output = Path.Combine(site.Root, "clean-" + name);
        var clean = BuildPipeline.Run(new BuildOptions { Root = site.Root, Output = output, Search = false, Clean = true, CacheDir = Path.Combine(site.Root, ".clean-cache") });
        Assert.True(clean.Succeeded, string.Join("\n", clean.Diagnostics));
        return output;
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
