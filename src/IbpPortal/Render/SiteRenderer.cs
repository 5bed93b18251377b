using System.Collections.Concurrent;
using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Markdown;
using IbpPortal.PlanSite;
using IbpPortal.Render.Views;
using IbpPortal.Sections;
using IbpPortal.Theme;
using IbpPortal.Write;

namespace IbpPortal.Render;

/// <summary>Renders every planned page through its layout and every planned file, in parallel, then checks the links of the result.</summary>
public static class SiteRenderer
{
    private static readonly (string Title, string Route)[] Navigation =
    [
        ("IBP model", "/ibp-model/"),
        ("Case studies", "/case-studies/"),
        ("Benchmarking", DataRoutes.Benchmarking),
        ("Organisations", DataRoutes.Organisations),
        ("Board packs", DataRoutes.BoardPacks),
        ("Scenarios", DataRoutes.Scenarios),
    ];

    private static readonly (string Title, string Route)[] Footer =
    [
        ("Accessibility statement", "/accessibility/"),
        ("Methodology", DataRoutes.Methodology),
        ("References", "/references/"),
        ("Glossary", "/glossary/"),
        ("Why the NHS needs integrated planning", "/nhs-challenges/"),
        ("Benefits of integrated planning", "/benefits/"),
        ("News", "/news/"),
        ("Guide for editors", "/guide/"),
        ("Case studies and news feed", "/feed.xml"),
    ];

    /// <summary>What was rendered.</summary>
    /// <param name="Rendered">The output paths rendered afresh rather than reused, in order (assets not included).</param>
    public sealed record Result(int Pages, int Files, long Bytes, IReadOnlyList<string> Rendered);

    /// <summary>Renders the whole plan into the sink: first the units (an organisation's page with its pack, and every other file),
    /// then the other pages, listings among them, from what the units made.</summary>
    public static Result Render(SiteRenderJob job)
    {
        var renderer = CreateRenderer(job);
        var units = RenderUnits(renderer, job.Units(), job.Cost);
        return RenderListings(job, renderer, units);
    }

    /// <summary>Renders only <paramref name="units"/> (one shard's), returning what they made and their pages' links; no listing, asset or link check.</summary>
    public static ShardRendered RenderShard(SiteRenderJob job, IReadOnlyList<RenderUnit> units)
    {
        var renderer = CreateRenderer(job);
        var results = RenderUnits(renderer, units, job.Cost);
        var links = renderer.Links.ToDictionary(
            l => l.Key.Route,
            l => (IReadOnlyList<string>)[.. l.Value.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            StringComparer.Ordinal);
        return new ShardRendered(results, links);
    }

    /// <summary>The second phase alone, after the units were rendered elsewhere (by shards) and their files placed in the sink:
    /// the other pages, listings among them, the theme's assets, and the link check over the whole site.</summary>
    public static Result RenderListings(SiteRenderJob job, ShardRendered units)
    {
        var renderer = CreateRenderer(job);
        var pages = job.Plan.Pages.Where(p => p.Group is not null).ToDictionary(p => p.Route, StringComparer.Ordinal);
        foreach (var (route, links) in units.Links)
        {
            if (pages.TryGetValue(route, out var page))
            {
                renderer.Links[page] = links;
            }
        }

        return RenderListings(job, renderer, units.Units);
    }

    private static UnitRenderer CreateRenderer(SiteRenderJob job)
    {
        var (input, plan, assets, markdown) = (job.Input, job.Plan, job.Assets, job.Markdown);
        var nav = Navigation.Where(n => plan.Has(n.Route)).ToList();
        var footer = Footer.Where(n => plan.Has(n.Route) || plan.Has(n.Route.TrimStart('/'))).ToList();
        var edition = input.Settings.ReportingPeriod is { } period ? $"{period.ToLongDisplay()} edition" : "Current edition";
        return new UnitRenderer(job.Context, (page, ctx, model) => RenderPage(page, input, ctx, assets, markdown, nav, footer, edition, model), job.Sink, job.Cache, job.Previous, job.Keys);
    }

    private static Result RenderListings(SiteRenderJob job, UnitRenderer renderer, IReadOnlyList<UnitResult> units)
    {
        var (plan, sink) = (job.Plan, job.Sink);
        var artefacts = new RenderedArtefacts(units);
        Parallel.ForEach(Partitioner.Create(plan.Pages.Where(p => p.Group is null), EnumerablePartitionerOptions.NoBuffering), Workers, page => renderer.RenderPage(page, artefacts));

        // An asset's key is its bytes: an unchanged stylesheet, script or icon is kept from the last output.
        foreach (var (path, bytes) in job.Assets.Files)
        {
            job.Previous.Place(sink, path, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), bytes);
        }

        CheckLinks(renderer.Links, job.Context, sink);
        return new Result(plan.Pages.Count, plan.Files.Count + job.Assets.Files.Count, sink.Bytes, [.. renderer.Rendered.Order(StringComparer.Ordinal)]);
    }

    // One worker per core: the work is CPU-bound, and extra threads only add memory and switching.
    private static ParallelOptions Workers => new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Renders the units, grouped pages and files together so that they lay out their shared charts once; returns what
    /// each unit made, ordered by group.</summary>
    private static List<UnitResult> RenderUnits(UnitRenderer renderer, IReadOnlyList<RenderUnit> units, Func<RenderUnit, long> cost)
    {
        // The dearest units first, so that no core is left with a long one at the end.
        var ordered = units.OrderByDescending(cost).ThenBy(u => u.Key, StringComparer.Ordinal).ToList();
        var results = new ConcurrentBag<UnitResult>();

        // One unit at a time to whichever worker is free: units differ a thousandfold in cost.
        Parallel.ForEach(Partitioner.Create(ordered, EnumerablePartitionerOptions.NoBuffering), Workers, unit =>
            results.Add(renderer.RenderUnit(unit.Key, unit.Files, unit.Pages)));
        return [.. results.OrderBy(r => r.Group, StringComparer.Ordinal)];
    }

    private static RenderedPage? RenderPage(
        PlannedPage page,
        PortalInput input,
        RenderContext context,
        ThemeAssets assets,
        MarkdownRenderer markdown,
        List<(string Title, string Route)> nav,
        List<(string Title, string Route)> footer,
        string edition,
        Func<object?> model)
    {
        var charts = new PageCharts(page.Route, context.Url);
        RenderedMarkdown? body = page.Content is { } content ? markdown.Render(content, context, charts) : null;
        var site = new SiteView
        {
            Title = input.Settings.Title,
            Description = input.Settings.Description,
            Publisher = input.Settings.Publisher,
            HomeUrl = context.Url("/"),
            AssetsUrl = context.Url("/assets/"),
            CssUrl = context.Url(assets.CssPath),
            JsUrls = [.. assets.ScriptPaths.Select(context.Url)],
            ModuleUrls = [.. assets.ModulePaths.Select(context.Url)],
            Nav = [.. nav.Select(n => new LinkView(n.Title, context.Url(n.Route), page.Route.StartsWith(n.Route, StringComparison.Ordinal), page.Route == n.Route))],
            FooterLinks = [.. footer.Select(n => new LinkView(n.Title, context.Url(n.Route)))],
            SearchUrl = context.Plan.Has("/search/") ? context.Url("/search/") : null,
            FeedUrl = context.Url("/feed.xml"),
            ReferencesUrl = context.Plan.Has("/references/") ? context.Url("/references/") : null,
            EditionLabel = edition,
            Internal = context.InternalBuild,
            FontOrigin = input.Settings.IncludeFontFace ? ContentSecurityPolicy.NhsFontOrigin : null,
            Csp = ContentSecurityPolicy.For(input.Settings),
        };
        var view = new PageView
        {
            Title = page.Title,
            Description = page.Description,
            Url = context.Url(page.Route),
            Canonical = context.AbsoluteUrl(page.Route),
            Content = body?.Html ?? string.Empty,
            Toc = body?.Toc ?? [],
            Citations = body is null ? [] : [.. body.Citations.Select(ReferenceView.From)],
            Breadcrumbs = [.. page.Breadcrumbs.Select(c => new LinkView(c.Title, context.Url(c.Route)))],
            Tags = [.. page.Tags.Select(t => new TagView(t, Slug.From(t), context.Url($"/tags/{Slug.From(t)}/")))],
            Date = page.Date,
            Prev = page.Previous is { } p ? new LinkView(p.Title, context.Url(p.Route)) : null,
            Next = page.Next is { } n ? new LinkView(n.Title, context.Url(n.Route)) : null,
            Meta = page.Content?.Meta.Extra ?? new Dictionary<string, string>(),
            SearchFilter = page.Searchable ? page.SearchFilter : null,
            IsHome = page.Route == "/",
        };

        var variables = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["site"] = site,
            ["page"] = view,
            ["model"] = model(),
        };
        var source = page.Content is { } c ? c.KeyLocation("layout") : page.Source;
        var inner = input.Templates.Render(page.Layout, variables, source, context.Diagnostics, charts);
        if (inner is null)
        {
            return null;
        }

        variables["content"] = inner;
        var html = input.Templates.Render("base", variables, source, context.Diagnostics, charts);
        if (html is null)
        {
            return null;
        }

        return new RenderedPage(page.Searchable ? html : html.Replace(" data-pagefind-body", string.Empty, StringComparison.Ordinal), charts.Files);
    }

    /// <summary>Every site link in the output must point at a page or file of this build.</summary>
    private static void CheckLinks(ConcurrentDictionary<PlannedPage, IReadOnlyList<string>> links, RenderContext context, StagingSink sink)
    {
        var basePath = context.Settings.BasePath;
        foreach (var (page, urls) in links.OrderBy(l => l.Key.Route, StringComparer.Ordinal))
        {
            foreach (var url in urls.Distinct())
            {
                if (!url.StartsWith(basePath, StringComparison.Ordinal) || url.StartsWith("//", StringComparison.Ordinal) ||
                    context.WasLinkReported(page.Route, url))
                {
                    continue;
                }

                var target = url[basePath.Length..];
                var cut = target.IndexOfAny(['#', '?']);
                if (cut >= 0)
                {
                    target = target[..cut];
                }

                target = Uri.UnescapeDataString(target);
                if (target.StartsWith("pagefind/", StringComparison.Ordinal))
                {
                    continue;
                }

                var file = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
                if (sink.Has(file))
                {
                    continue;
                }

                var at = page.Content is { } content ? new SourceLocation(content.SourcePath, 1) : page.Source;
                var withheld = context.Plan.WithheldRoutes.Contains("/" + target);
                context.Diagnostics.Error(at, withheld ? ContentCodes.LinkToInternal : ContentCodes.BrokenLink,
                    withheld
                        ? $"the page {page.Route} links to {url}, which is internal and left out of public builds"
                        : $"the page {page.Route} links to {url}, which this build does not produce",
                    withheld ? "remove the link, or make the linked page public" : "fix the link in the page or its layout");
            }
        }
    }
}
