using System.Text;
using System.Text.RegularExpressions;
using IbpPortal.Diagnostics;

namespace IbpPortal.Content;

/// <summary>Reads every markdown file under <c>input/</c>: pages, and board-pack commentary under <c>input/board-packs/</c>.</summary>
public static partial class ContentLoader
{
    /// <summary>The folder of board-pack commentary, which is not published as pages.</summary>
    public const string CommentaryFolder = "board-packs";

    /// <summary>
    /// Loads pages and commentary in one pass. Drafts are kept only when <paramref name="drafts"/>; internal pages only
    /// when <paramref name="includeInternal"/> — otherwise their routes and paths are returned as withheld, so links to them can be reported.
    /// </summary>
    /// <returns>
    /// The pages and commentary of this build; the routes and paths of internal pages left out (<c>Withheld</c>); and the
    /// source paths of every page left out as internal or draft (<c>WithheldSources</c>), whose neighbouring files are left out with them.
    /// </returns>
    public static (IReadOnlyList<ContentPage> Pages, IReadOnlyList<CommentaryDocument> Commentary, IReadOnlySet<string> Withheld, IReadOnlySet<string> WithheldSources) Load(
        string root, bool includeInternal, bool drafts, bool excludeGuide, DiagnosticBag diagnostics)
    {
        var inputDir = Path.Combine(root, "input");
        if (!Directory.Exists(inputDir))
        {
            return ([], [], new HashSet<string>(), new HashSet<string>());
        }

        var files = Directory.EnumerateFiles(inputDir, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        var pages = new ContentPage?[files.Count];
        Parallel.For(0, files.Count, i => pages[i] = LoadOne(root, files[i], diagnostics));

        var published = new List<ContentPage>();
        var commentary = new List<CommentaryDocument>();
        var withheld = new HashSet<string>(StringComparer.Ordinal);
        var withheldSources = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            if (page is not null && page.Meta.Visibility == Visibility.Internal && !includeInternal)
            {
                withheld.Add(page.Route);
                withheld.Add(page.SourcePath);
            }

            if (page is null || (page.Meta.Draft && !drafts) || (page.Meta.Visibility == Visibility.Internal && !includeInternal))
            {
                if (page is not null)
                {
                    withheldSources.Add(page.SourcePath);
                }

                continue;
            }

            if (page.Section == CommentaryFolder)
            {
                var parts = page.SourcePath.Split('/');
                if (parts.Length == 4)
                {
                    var name = Path.GetFileNameWithoutExtension(parts[3]);
                    commentary.Add(new CommentaryDocument(parts[2], name.Length >= 7 ? name[..7] : name, page));
                }
                else if (parts.Length == 5)
                {
                    commentary.Add(new CommentaryDocument(parts[2], parts[3], page, Path.GetFileNameWithoutExtension(parts[4])));
                }

                continue;
            }

            if (excludeGuide && page.Section == "guide")
            {
                continue;
            }

            published.Add(page);
        }

        return (published, commentary, withheld, withheldSources);
    }

    private static ContentPage? LoadOne(string root, string relativePath, DiagnosticBag diagnostics)
    {
        string text;
        try
        {
            text = IbpPortal.Load.TextFile.Read(Path.Combine(root, relativePath));
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Error(new SourceLocation(relativePath, 1), ContentCodes.NotUtf8, "the file is not UTF-8 text",
                "save it as UTF-8 (in most editors: Save with encoding, UTF-8)");
            return null;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var parsed = FrontMatterParser.Parse(relativePath, text, diagnostics);
        if (parsed is not { } p)
        {
            return null;
        }

        var segments = relativePath.Split('/');
        var section = segments.Length > 2 ? segments[1] : string.Empty;
        var route = section == CommentaryFolder ? string.Empty : RouteFor(relativePath, p.Meta.Slug, p.Lines, diagnostics);
        if (route is null)
        {
            return null;
        }

        return new ContentPage(relativePath, route, section, p.Meta, p.Body, p.BodyLine, p.Lines);
    }

    /// <summary>The route of a markdown file: <c>input/a/b.md</c> is <c>/a/b/</c>, <c>index.md</c> is its folder, a leading <c>NN-</c> is dropped.</summary>
    public static string? RouteFor(string relativePath, string? slug, IReadOnlyDictionary<string, int> lines, DiagnosticBag diagnostics)
    {
        var parts = relativePath.Split('/').Skip(1).ToList();
        var file = Path.GetFileNameWithoutExtension(parts[^1]);
        parts.RemoveAt(parts.Count - 1);
        var isIndex = file == "index";
        if (!isIndex)
        {
            parts.Add(slug ?? OrderPrefix().Replace(file, string.Empty));
        }
        else if (slug is not null && parts.Count > 0)
        {
            parts[^1] = slug;
        }

        foreach (var part in parts)
        {
            if (!SafeSegment().IsMatch(part))
            {
                var line = slug is not null && lines.TryGetValue("slug", out var l) ? l : 1;
                diagnostics.Error(new SourceLocation(relativePath, line), ContentCodes.BadSlug,
                    $"'{part}' cannot be part of a page address",
                    "use lower-case letters, digits and hyphens only in file names and slugs (no spaces, dots or slashes)");
                return null;
            }
        }

        return parts.Count == 0 ? "/" : "/" + string.Join('/', parts) + "/";
    }

    [GeneratedRegex("^(?:[0-9]{4}-[0-9]{2}(?:-[0-9]{2})?|[0-9]{1,3})-")]
    private static partial Regex OrderPrefix();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SafeSegment();
}
