using System.Security.Cryptography;
using System.Text;
using IbpPortal.Load;
using IbpPortal.PlanSite;

namespace IbpPortal.Build;

/// <summary>
/// A hash of everything that data-derived artefacts (organisation and metric pages, board packs) can depend on:
/// the program, options, settings, plan data, theme, board-pack commentary, every page's front matter and address,
/// every planned file, and earlier editions' records. Only a markdown page's body is left out — so editing the text of
/// one page reuses every chart-heavy page and pack, while any other change renders them again.
/// </summary>
public static class SiteKey
{
    /// <summary>Computes the key for this build.</summary>
    /// <param name="period">The reporting period: only earlier editions' records can affect this build.</param>
    public static string Compute(PortalInput input, SitePlan plan, Model.Period? period)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        void AddFile(string path) => input.Hashes.Append(hash, path, path);

        var options = input.Options;
        var root = options.Root;
        Add(typeof(SiteKey).Assembly.ManifestModule.ModuleVersionId.ToString());
        Add($"internal={options.Internal};drafts={options.Drafts};search={options.Search};packs={(options.Packs is null ? "settings" : string.Join(',', options.Packs))}");
        AddFile(Path.Combine(root, "portal.yml"));
        foreach (var folder in new[] { "data", Path.Combine("input", "board-packs") })
        {
            var dir = Path.Combine(root, folder);
            if (Directory.Exists(dir))
            {
                foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    AddFile(file);
                }
            }
        }

        foreach (var themeRoot in input.ThemeFiles.Roots)
        {
            foreach (var file in Directory.EnumerateFiles(themeRoot, "*", SearchOption.AllDirectories)
                         .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                         .Order(StringComparer.Ordinal))
            {
                AddFile(file);
            }
        }

        var editions = Path.Combine(options.OutputPath, "data", "editions");
        if (Directory.Exists(editions))
        {
            foreach (var file in Directory.EnumerateFiles(editions).Order(StringComparer.Ordinal))
            {
                if (period is { } current && Model.Period.TryParse(Path.GetFileNameWithoutExtension(file), out var edition) && edition < current)
                {
                    AddFile(file);
                }
            }
        }

        if (input.Settings.PreviousEdition is { } previous)
        {
            AddFile(Path.Combine(root, previous));
        }

        foreach (var page in input.Pages.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var meta = page.Meta;
            Add($"{page.SourcePath}|{page.Route}|{meta.Title}|{meta.Description}|{meta.Layout}|{string.Join(',', meta.Tags)}|{meta.Date}|{meta.Order}|{meta.Draft}|{meta.Visibility}|{meta.Slug}|" +
                string.Join(';', meta.Extra.Select(kv => kv.Key + "=" + kv.Value)));
        }

        foreach (var page in plan.Pages)
        {
            Add($"page {page.Route}|{page.Title}|{page.Layout}");
        }

        foreach (var file in plan.Files)
        {
            Add($"file {file.OutputPath}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The key of one artefact of the build.</summary>
    public static string For(string siteKey, string outputPath) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(siteKey + "|" + outputPath)));

    /// <summary>Which pages are also kept in the cache, to survive a build into another folder or a failed one: chart-heavy organisation and metric pages.</summary>
    public static bool IsCacheable(PlannedPage page) =>
        page.Content is null && page.Section is "organisations" or "benchmarking" &&
        page.Route.Count(c => c == '/') == 3 &&
        !page.Route.EndsWith("/changes/", StringComparison.Ordinal) &&
        !page.Route.EndsWith("/sources/", StringComparison.Ordinal) &&
        !page.Route.EndsWith("/coherence/", StringComparison.Ordinal);

    /// <summary>Pages made from what the site key covers alone, so that one rendered under the same key is reused from the last
    /// output: every page without a markdown body of its own (organisation, metric and data pages, listings, which read front
    /// matter only, and the 404 page).</summary>
    public static bool IsReusable(PlannedPage page) => page.Content is null;

    /// <summary>Files made from what the site key covers alone (data downloads, edition records, board packs, sitemap, feed,
    /// hosting files), reused from the last output by a hard link when the key is unchanged (see <see cref="Write.PreviousOutput"/>);
    /// a copy of a source file is not, as its bytes are not in the key.</summary>
    public static bool IsReusable(PlannedFile file) => !file.FromSource;

    /// <summary>Files that are also kept in the cache: board packs.</summary>
    public static bool IsCacheable(PlannedFile file) =>
        file.OutputPath.StartsWith("board-packs/", StringComparison.Ordinal) && file.OutputPath.EndsWith(".pdf", StringComparison.Ordinal);
}
