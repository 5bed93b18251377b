using System.Collections.Concurrent;
using IbpPortal.Content;
using IbpPortal.Diagnostics;

namespace IbpPortal.PlanSite;

/// <summary>Everything a build will produce, decided once: every link in the site is made and checked against this plan.</summary>
public sealed class SitePlan(DiagnosticBag diagnostics)
{
    private readonly ConcurrentDictionary<string, PlannedPage> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PlannedFile> _files = new(StringComparer.Ordinal);

    // The ordered lists, made on first use after the last addition (an addition moves the version on, so a list made while
    // a page was being added is never used again): a national plan's 21,000 files were sorted again for each of the
    // half-dozen readers of a build, about a tenth of a second of a one-page edit.
    private long _version;
    private Ordered<PlannedPage>? _orderedPages;
    private Ordered<PlannedFile>? _orderedFiles;

    /// <summary>Routes of pages that exist but are withheld from this build (internal pages in a public build).</summary>
    public ISet<string> WithheldRoutes { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Adds a page; a second page at the same route is an error naming both sources.</summary>
    public void AddPage(PlannedPage page)
    {
        Interlocked.Increment(ref _version);
        if (!_pages.TryAdd(page.Route, page))
        {
            var first = _pages[page.Route];
            diagnostics.Error(page.Source, ContentCodes.DuplicateRoute,
                $"two pages would be published at {page.Route} (the other is {first.Source.Path})",
                "rename one of the files, or give one a different 'slug' in its front matter");
        }
    }

    /// <summary>Adds a file; a second file at the same path replaces nothing and is reported.</summary>
    public void AddFile(PlannedFile file)
    {
        Interlocked.Increment(ref _version);
        if (!_files.TryAdd(file.OutputPath, file))
        {
            diagnostics.Error(new SourceLocation(file.OutputPath, 0), ContentCodes.DuplicateRoute,
                $"two files would be written to {file.OutputPath}", "rename one of them");
        }
    }

    /// <summary>Every page, ordered by route.</summary>
    public IReadOnlyList<PlannedPage> Pages => Current(ref _orderedPages, () => [.. _pages.Values.OrderBy(p => p.Route, StringComparer.Ordinal)]);

    /// <summary>Every file, ordered by path.</summary>
    public IReadOnlyList<PlannedFile> Files => Current(ref _orderedFiles, () => [.. _files.Values.OrderBy(f => f.OutputPath, StringComparer.Ordinal)]);

    /// <summary>The page at a route, or null.</summary>
    public PlannedPage? Page(string route) => _pages.TryGetValue(route, out var page) ? page : null;

    /// <summary>True when a page is published at the route, or a file at the path (for links to downloads).</summary>
    public bool Has(string routeOrPath)
    {
        if (_pages.ContainsKey(routeOrPath))
        {
            return true;
        }

        var path = routeOrPath.TrimStart('/');
        return _files.ContainsKey(path) || (path.EndsWith("index.html", StringComparison.Ordinal) && _pages.ContainsKey("/" + path[..^"index.html".Length]));
    }

    private IReadOnlyList<T> Current<T>(ref Ordered<T>? cached, Func<IReadOnlyList<T>> order)
    {
        var version = Interlocked.Read(ref _version);
        if (Volatile.Read(ref cached) is { } list && list.Version == version)
        {
            return list.Items;
        }

        var made = new Ordered<T>(version, order());
        Volatile.Write(ref cached, made);
        return made.Items;
    }

    private sealed record Ordered<T>(long Version, IReadOnlyList<T> Items);
}
