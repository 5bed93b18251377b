using System.Collections.Concurrent;
using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.PlanSite;
using IbpPortal.Settings;

namespace IbpPortal.Render;

/// <summary>What every renderer may read: settings, the site plan, the bibliography, where to report problems and the charts of
/// the render unit (what a page shows, its section gives it).</summary>
public sealed class RenderContext
{
    private readonly ConcurrentDictionary<string, byte> _reportedLinks;
    private readonly ConcurrentBag<(string Source, string Url)> _external;

    /// <summary>A context for the whole site: charts are laid out afresh for each caller (no unit shares them).</summary>
    public RenderContext(PortalSettings settings, SitePlan plan, IReadOnlyDictionary<string, Reference> references, DiagnosticBag diagnostics, bool internalBuild)
    {
        Settings = settings;
        Plan = plan;
        References = references;
        Diagnostics = diagnostics;
        InternalBuild = internalBuild;
        Charts = ChartLayouts.Unshared;
        _reportedLinks = new(StringComparer.Ordinal);
        _external = [];
    }

    private RenderContext(RenderContext site, ChartLayouts charts)
    {
        Settings = site.Settings;
        Plan = site.Plan;
        References = site.References;
        Diagnostics = site.Diagnostics;
        InternalBuild = site.InternalBuild;
        Charts = charts;
        _reportedLinks = site._reportedLinks;
        _external = site._external;
    }

    /// <summary>The portal's settings.</summary>
    public PortalSettings Settings { get; }

    /// <summary>Everything the build produces.</summary>
    public SitePlan Plan { get; }

    /// <summary>The bibliography.</summary>
    public IReadOnlyDictionary<string, Reference> References { get; }

    /// <summary>Where problems are reported.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>True for an internal (Part II) build.</summary>
    public bool InternalBuild { get; }

    /// <summary>The charts of the render unit this context belongs to (an organisation's page and its pack lay each out once).</summary>
    public ChartLayouts Charts { get; }

    /// <summary>This context for one render unit: the same site, with the unit's own charts.</summary>
    public RenderContext ForUnit(ChartLayouts charts) => new(this, charts);

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
