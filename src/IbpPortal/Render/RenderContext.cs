using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.PlanSite;
using IbpPortal.Settings;

namespace IbpPortal.Render;

/// <summary>What every renderer may read: settings, the site plan, the bibliography and where to report problems (what a page shows, its section gives it).</summary>
public sealed class RenderContext(
    PortalSettings settings,
    SitePlan plan,
    IReadOnlyDictionary<string, Reference> references,
    DiagnosticBag diagnostics,
    bool internalBuild)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _reportedLinks = new(StringComparer.Ordinal);

    /// <summary>The portal's settings.</summary>
    public PortalSettings Settings { get; } = settings;

    /// <summary>Everything the build produces.</summary>
    public SitePlan Plan { get; } = plan;

    /// <summary>The bibliography.</summary>
    public IReadOnlyDictionary<string, Reference> References { get; } = references;

    /// <summary>Where problems are reported.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>True for an internal (Part II) build.</summary>
    public bool InternalBuild { get; } = internalBuild;

    private readonly System.Collections.Concurrent.ConcurrentBag<(string Source, string Url)> _external = [];

    /// <summary>Records a link to another site (never fetched during a build; listed by <c>ibp check --external</c>).</summary>
    public void ExternalLink(string source, string url) => _external.Add((source, url));

    /// <summary>Every external link, by source file then address, without repeats.</summary>
    public IReadOnlyList<(string Source, string Url)> ExternalLinks =>
        [.. _external.Distinct().OrderBy(l => l.Source, StringComparer.Ordinal).ThenBy(l => l.Url, StringComparer.Ordinal)];

    /// <summary>Notes that a broken link on a page was reported with its line, so the output check does not report it again.</summary>
    public void LinkReported(string route, string url) => _reportedLinks.TryAdd(route + "|" + url, 0);

    /// <summary>True when the link was already reported.</summary>
    public bool WasLinkReported(string route, string url) => _reportedLinks.ContainsKey(route + "|" + url);

    /// <summary>The address of a route or output path as linked from pages: the base path plus the route.</summary>
    public string Url(string route) => Settings.BasePath + route.TrimStart('/');

    /// <summary>The absolute address of a route, for canonical links, the sitemap and the feed.</summary>
    public string AbsoluteUrl(string route) => new Uri(Settings.BaseUrl, Url(route)).ToString();
}
