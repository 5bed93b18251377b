using AngleSharp;
using AngleSharp.Dom;
using IbpPortal.Build;
using IbpPortal.Diagnostics;

namespace IbpPortal.Tests.Harness;

/// <summary>
/// A small portal described as text, Hugo-style: <c>-- portal.yml --</c>, <c>-- input/index.md --</c>,
/// <c>-- data/actuals.csv --</c> sections. It is written to a temporary folder with the repository's theme,
/// built, and read back as a user would see it.
/// </summary>
internal sealed class SiteFixture : IDisposable
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    private SiteFixture(string root) => Root = root;

    /// <summary>The portal's folder.</summary>
    public string Root { get; }

    /// <summary>The output folder.</summary>
    public string Output => Path.Combine(Root, "output");

    /// <summary>The last build's result.</summary>
    public BuildResult Result { get; private set; } = null!;

    /// <summary>Every diagnostic of the last build as printed.</summary>
    public IReadOnlyList<string> Messages => [.. Result.Diagnostics.Select(d => d.ToString())];

    /// <summary>The errors of the last build.</summary>
    public IReadOnlyList<Diagnostic> Errors => [.. Result.Diagnostics.Where(d => d.Severity == Severity.Error)];

    /// <summary>Writes the portal described by <paramref name="text"/> with the repository's theme; does not build it.</summary>
    public static SiteFixture Create(string text, bool withTheme = true)
    {
        var root = Path.Combine(Path.GetTempPath(), "ibp-site-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(root);
        var fixture = new SiteFixture(root);
        if (withTheme)
        {
            CopyTheme(Path.Combine(root, "theme"));
        }

        fixture.Write(text);
        return fixture;
    }

    /// <summary>Writes (or overwrites) the files described by <c>-- path --</c> sections.</summary>
    public SiteFixture Write(string text)
    {
        foreach (var (path, content) in Sections(text))
        {
            var full = Path.Combine(Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllText(full, content);
        }

        return this;
    }

    /// <summary>Builds the portal; search is off unless asked for (Pagefind is slow to start per test).</summary>
    public BuildResult Build(bool search = false, bool @internal = false, bool drafts = false, IReadOnlyList<string>? packs = null)
    {
        Result = BuildPipeline.Run(new BuildOptions
        {
            Root = Root,
            Search = search,
            Internal = @internal,
            Drafts = drafts,
            Packs = packs,
            CacheDir = RepoPaths.SharedCache,
        });
        return Result;
    }

    /// <summary>The built page at a route (such as <c>/case-studies/</c>), parsed, its tables read as a screen reader reads them (<see cref="AsRead"/>).</summary>
    public IDocument Page(string route) => AsRead(RawPage(route));

    /// <summary>The built page at a route, parsed exactly as written.</summary>
    public IDocument RawPage(string route) => Parse(System.IO.File.ReadAllText(PathOf(route)));

    /// <summary>Removes the column names that responsive tables repeat in each cell for phones: they are <c>aria-hidden</c>, so a cell reads as its value alone.</summary>
    public static IDocument AsRead(IDocument page)
    {
        foreach (var heading in page.QuerySelectorAll(".nhsuk-table__heading[aria-hidden=true]").ToList())
        {
            heading.Remove();
        }

        return page;
    }

    /// <summary>True when the output has a page at the route.</summary>
    public bool HasPage(string route) => System.IO.File.Exists(PathOf(route));

    /// <summary>A file of the output as text.</summary>
    public string File(string relativePath) => System.IO.File.ReadAllText(Path.Combine(Output, relativePath));

    /// <summary>The drawing a chart slot shows (its wide one, or its phone one), read from the file its page refers to.</summary>
    public System.Xml.Linq.XDocument Chart(AngleSharp.Dom.IElement figure, bool narrow = false) => ChartImages.Read(Output, figure, narrow);

    /// <summary>Every file of the output, relative, sorted.</summary>
    public IReadOnlyList<string> OutputFiles() => Directory.Exists(Output)
        ? [.. Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/')).Order(StringComparer.Ordinal)]
        : [];

    /// <summary>Parses HTML with AngleSharp.</summary>
    public static IDocument Parse(string html) => Browser.OpenAsync(req => req.Content(html)).GetAwaiter().GetResult();

    private string PathOf(string route) => Path.Combine(Output, route.Trim('/'), "index.html");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine; the temp folder is cleaned by the system.
        }
    }

    /// <summary>Splits <c>-- path --</c> sections; the common indentation of raw string literals is already removed by C#.</summary>
    public static IEnumerable<(string Path, string Content)> Sections(string text)
    {
        string? path = null;
        var content = new System.Text.StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (path is not null)
                {
                    yield return (path, content.ToString());
                }

                path = line[3..^3].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, content.ToString());
        }
    }

    private static void CopyTheme(string target)
    {
        var source = RepoPaths.Theme;
        foreach (var folder in new[] { "layouts", "partials", "assets" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(source, folder), "*", SearchOption.AllDirectories))
            {
                var to = Path.Combine(target, Path.GetRelativePath(source, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                System.IO.File.Copy(file, to);
            }
        }

        System.IO.File.Copy(Path.Combine(source, "package.json"), Path.Combine(target, "package.json"));
        // The npm packages are large; share the repository's installed copy.
        Directory.CreateSymbolicLink(Path.Combine(target, "node_modules"), Path.Combine(source, "node_modules"));
    }
}
