using System.Diagnostics;
using System.Text;
using IbpPortal.Index;
using IbpPortal.Tests.Harness;
using IbpPortal.Write;

namespace IbpPortal.Tests.Sample;

/// <summary>Pagefind reads the pages without their chart data tables, and the search bundle is the same as over the pages themselves.</summary>
[Collection(SamplePortalGroup.Name)]
public class SearchIndexTests(SampleBuild sample)
{
    [Fact]
    public void The_search_bundle_equals_one_made_from_the_published_pages_themselves()
    {
        var binary = SearchIndexer.FindPagefind(Path.Combine(RepoPaths.Root, "theme"));
        Assert.True(binary is not null, "Pagefind is installed with the theme's npm packages (the sample build needs it)");
        Assert.True(sample.Public.Result.Succeeded, string.Join("\n", sample.Public.Result.Diagnostics));
        var site = sample.Public.Output;

        // The check is not empty: an organisation page loses its data tables in the copy Pagefind reads.
        var page = File.ReadAllBytes(Path.Combine(site, "organisations", "RR8", "index.html"));
        Assert.True(SearchPages.Strip(page).Length < page.Length * 3 / 4);
        Assert.False(Directory.Exists(Path.Combine(site, SearchIndexer.CopiesFolder)));

        // Pagefind run, as before, over the published pages as they are.
        var direct = Path.Combine(sample.Folder, "direct-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var html in Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories))
        {
            var target = Path.Combine(direct, Path.GetRelativePath(site, html));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(html, target);
        }

        using (var process = Process.Start(new ProcessStartInfo(binary!, ["--site", direct, "--output-subdir", "pagefind", "--quiet"]) { RedirectStandardOutput = true, RedirectStandardError = true })!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }

        var built = Files(Path.Combine(site, "pagefind"));
        var expected = Files(Path.Combine(direct, "pagefind"));
        Assert.True(expected.Count > 10);
        Assert.Equal(expected.Keys, built.Keys);
        foreach (var (name, bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(built[name]), $"pagefind/{name} differs from Pagefind's own over the published pages");
        }
    }

    [Fact]
    public void Strip_removes_ignored_details_with_their_nested_ones_and_keeps_the_rest()
    {
        const string table = "<details class=\"nhsuk-details\" data-pagefind-ignore><summary>Show the data</summary><details><p>inner</p></details><table><tr><td>1</td></tr></table></details>";
        var html = "<main data-pagefind-body><h2>SPC</h2>" + table + "<p>Between</p>" + table + "<p>After</p></main>";

        Assert.Equal("<main data-pagefind-body><h2>SPC</h2><p>Between</p><p>After</p></main>", Encoding.UTF8.GetString(SearchPages.Strip(Encoding.UTF8.GetBytes(html))));
    }

    [Fact]
    public void Strip_keeps_an_ignored_block_that_holds_pagefind_attributes_and_an_unclosed_one()
    {
        // Pagefind reads filters, meta and sort attributes even inside ignored content, so such a block stays.
        var filtered = Encoding.UTF8.GetBytes("<details class=\"nhsuk-details\" data-pagefind-ignore><span data-pagefind-filter=\"region\">North</span></details><p>x</p>");
        var unclosed = Encoding.UTF8.GetBytes("<p>a</p><details class=\"nhsuk-details\" data-pagefind-ignore><table>");
        var plain = Encoding.UTF8.GetBytes("<details class=\"nhsuk-details\"><p>Searchable</p></details>");

        Assert.Same(filtered, SearchPages.Strip(filtered));
        Assert.Same(unclosed, SearchPages.Strip(unclosed));
        Assert.Same(plain, SearchPages.Strip(plain));
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
