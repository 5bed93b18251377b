using System.Security.Cryptography;
using System.Text;
using IbpPortal.Load;
using IbpPortal.PlanSite;

namespace IbpPortal.Build;

/// <summary>
/// The hashes behind the keys of a build's artefacts (<see cref="ArtefactKeys"/>): everything a page or generated file can
/// depend on except markdown bodies (the program, options, settings, plan data, theme, board-pack commentary, bibliography,
/// every page's front matter and address, every planned file, and earlier editions' records), and the same without the
/// markdown pages' front matter for data pages, packs and downloads. Editing the text of one page renders that page alone;
/// a new title renders the markdown pages and listings; any other change renders everything again.
/// </summary>
public static class SiteKey
{
    /// <summary>Computes the keys for this build.</summary>
    /// <param name="period">The reporting period: only earlier editions' records can affect this build.</param>
    public static ArtefactKeys Compute(PortalInput input, SitePlan plan, Model.Period? period)
    {
        var data = DataKey(input, plan, period);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        Add(data);

        // The bibliography: markdown pages' citations and the references page read it.
        input.Hashes.Append(hash, Path.Combine(input.Options.Root, Content.ReferenceLoader.FilePath), Content.ReferenceLoader.FilePath);
        foreach (var page in input.Pages.OrderBy(p => p.SourcePath, StringComparer.Ordinal))
        {
            var meta = page.Meta;
            Add($"{page.SourcePath}|{page.Route}|{meta.Title}|{meta.Description}|{meta.Layout}|{string.Join(',', meta.Tags)}|{meta.Date}|{meta.Order}|{meta.Draft}|{meta.Visibility}|{meta.Slug}|" +
                string.Join(';', meta.Extra.Select(kv => kv.Key + "=" + kv.Value)));
        }

        foreach (var page in plan.Pages)
        {
            Add($"page {page.Route}|{page.Title}|{page.Layout}|{page.Description}");
        }

        return new ArtefactKeys(Convert.ToHexStringLower(hash.GetHashAndReset()), data);
    }

    /// <summary>The key of what data pages, board packs and downloads read: everything but the markdown pages (their front
    /// matter and bodies) and the bibliography, with the addresses of every planned page and file.</summary>
    private static string DataKey(PortalInput input, SitePlan plan, Model.Period? period)
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

        foreach (var page in plan.Pages)
        {
            Add($"page {page.Route}");
        }

        foreach (var file in plan.Files)
        {
            Add($"file {file.OutputPath}");
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The key of one artefact of the build, from the key it depends on (see <see cref="ArtefactKeys"/>).</summary>
    /// <remarks>The SHA-256 of <c>siteKey|outputPath</c> in UTF-8, hashed from the stack: a national build asks for about 90,000.</remarks>
    public static string For(string siteKey, string outputPath)
    {
        var most = Encoding.UTF8.GetMaxByteCount(siteKey.Length + 1 + outputPath.Length);
        var rented = most > 1024 ? System.Buffers.ArrayPool<byte>.Shared.Rent(most) : null;
        try
        {
            var text = rented ?? stackalloc byte[most];
            var length = Encoding.UTF8.GetBytes(siteKey, text);
            text[length++] = (byte)'|';
            length += Encoding.UTF8.GetBytes(outputPath, text[length..]);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(text[..length], hash);
            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Which pages are also kept in the cache, to survive a build into another folder or a failed one: chart-heavy organisation and metric pages.</summary>
    public static bool IsCacheable(PlannedPage page) =>
        page.Content is null && page.Section is "organisations" or "benchmarking" &&
        page.Route.Count(c => c == '/') == 3 &&
        !page.Route.EndsWith("/changes/", StringComparison.Ordinal) &&
        !page.Route.EndsWith("/sources/", StringComparison.Ordinal) &&
        !page.Route.EndsWith("/coherence/", StringComparison.Ordinal);

    /// <summary>Files that are also kept in the cache: board packs.</summary>
    public static bool IsCacheable(PlannedFile file) =>
        file.OutputPath.StartsWith("board-packs/", StringComparison.Ordinal) && file.OutputPath.EndsWith(".pdf", StringComparison.Ordinal);
}
