using System.Collections.Concurrent;
using System.Text;
using IbpPortal.Build;
using IbpPortal.PlanSite;
using IbpPortal.Write;

namespace IbpPortal.Render;

/// <summary>Renders planned files and pages into the staging folder, reusing cached artefacts: one unit at a time, or one listing page.</summary>
internal sealed class UnitRenderer(
    RenderContext context,
    Func<PlannedPage, RenderContext, Func<object?>, RenderedPage?> layOut,
    StagingSink sink,
    ArtefactCache cache,
    PreviousOutput previous,
    ArtefactKeys keys)
{
    /// <summary>The site links of every page rendered, for the link check.</summary>
    public ConcurrentDictionary<PlannedPage, IReadOnlyList<string>> Links { get; } = new();

    /// <summary>The output paths rendered afresh (not reused from the last output or the cache).</summary>
    public ConcurrentBag<string> Rendered { get; } = [];

    /// <summary>Renders a unit's files, then its pages, with charts laid out once for all of them; returns what it made.</summary>
    public UnitResult RenderUnit(string group, IReadOnlyList<PlannedFile> files, IReadOnlyList<PlannedPage> pages)
    {
        using var charts = ChartLayouts.ForUnit();
        var unit = context.ForUnit(charts);
        var made = files.Select(f => RenderFile(f, unit)).ToList();
        foreach (var page in pages)
        {
            RenderPage(page, unit, () => page.Model?.Invoke(unit));
        }

        return new UnitResult(group, made, [.. pages.Select(p => p.Route)], charts.Count);
    }

    /// <summary>Renders a page outside any unit; a listing's model is made from what the units made.</summary>
    public void RenderPage(PlannedPage page, RenderedArtefacts artefacts) =>
        RenderPage(page, context, () => page.ListingModel is { } listing ? listing(context, artefacts) : page.Model?.Invoke(context));

    private RenderedFile RenderFile(PlannedFile file, RenderContext unit)
    {
        var key = keys.For(file);
        var cacheable = key is not null && SiteKey.IsCacheable(file);
        var cachedPages = cacheable && file.Document is not null ? cache.Pages(key!) : null;
        if (key is not null && (file.Document is null || cachedPages is not null) && previous.TryReuse(sink, file.OutputPath, key))
        {
            if (cacheable)
            {
                cache.Keep(key);
            }

            return new RenderedFile(file.OutputPath, sink.SizeOf(file.OutputPath), cachedPages);
        }

        if (cacheable && (file.Document is null || cachedPages is not null) && cache.Get(key!) is { } cached)
        {
            sink.Write(file.OutputPath, cached);
            return new RenderedFile(file.OutputPath, cached.Length, cachedPages);
        }

        Rendered.Add(file.OutputPath);
        if (key is not null)
        {
            previous.Note(file.OutputPath, key);
        }

        if (file.WriteTo is { } write && !cacheable)
        {
            sink.Write(file.OutputPath, stream => write(unit, stream));
            return new RenderedFile(file.OutputPath, sink.SizeOf(file.OutputPath), null);
        }

        var document = file.Document?.Invoke(unit);
        var bytes = document?.Bytes ?? file.Render(unit);
        sink.Write(file.OutputPath, bytes);
        if (cacheable)
        {
            cache.Put(key!, bytes);
            if (document is not null)
            {
                cache.PutPages(key!, document.Pages);
            }
        }

        return new RenderedFile(file.OutputPath, bytes.Length, document?.Pages);
    }

    private void RenderPage(PlannedPage page, RenderContext unit, Func<object?> model)
    {
        var key = keys.For(page);
        var cacheable = SiteKey.IsCacheable(page);

        // Linked from the last output with its chart drawings: published under the same key, so its links were checked
        // against the same plan. Every drawing is checked before anything is linked, so a page is linked whole or rendered.
        var published = PublishedWithCharts(page, key);
        if (previous.TryReuseAll(sink, published))
        {
            if (cacheable)
            {
                // The page's entry holds its drawings too (see ArtefactCache.PutCompanions).
                cache.Keep(key);
            }

            return;
        }

        if (cacheable && PlaceCached(page, key))
        {
            return;
        }

        Rendered.Add(page.OutputPath);
        previous.Note(page.OutputPath, key);
        var rendered = layOut(page, unit, model);
        if (rendered is null)
        {
            return;
        }

        // A page is encoded straight into its file: an organisation's page of a national portal is megabytes of text,
        // and an array of its bytes beside the string would be one more large object per page for the collector.
        sink.WriteText(page.OutputPath, rendered.Html);
        Links[page] = HtmlLinks.Extract(rendered.Html);
        var charts = new List<(string Path, byte[] Bytes)>(rendered.Charts.Count);
        foreach (var chart in rendered.Charts)
        {
            charts.Add(WriteChart(chart, key));
        }

        if (cacheable)
        {
            if (sink.FullPath(page.OutputPath) is { } written)
            {
                cache.PutFile(key, written);
            }
            else
            {
                cache.Put(key, Encoding.UTF8.GetBytes(rendered.Html));
            }

            cache.PutCompanions(key, charts);
        }
    }

    /// <summary>Writes a cached page with its chart files, when the cache holds them; false when the page must be rendered.</summary>
    private bool PlaceCached(PlannedPage page, string key)
    {
        // The drawings are read, in one bundle, before anything is written, so a page whose drawings are not kept is rendered whole.
        if (cache.Get(key) is not { } cached || cache.Companions(key) is not { } charts)
        {
            return false;
        }

        sink.Write(page.OutputPath, cached);
        previous.Note(page.OutputPath, key);
        foreach (var (path, bytes) in charts)
        {
            sink.Write(path, bytes);
            previous.Note(path, key);
        }

        Links[page] = HtmlLinks.Extract(Encoding.UTF8.GetString(cached));
        return true;
    }

    /// <summary>Writes a chart drawing as its own file, noted for linking next time under its page's key; returns
    /// its path and bytes, which a cacheable page keeps with its own entry.</summary>
    private (string Path, byte[] Bytes) WriteChart(ChartFile chart, string pageKey)
    {
        var bytes = Encoding.UTF8.GetBytes(chart.Svg);
        sink.Write(chart.OutputPath, bytes);
        previous.Note(chart.OutputPath, pageKey);
        return (chart.OutputPath, bytes);
    }

    /// <summary>The page's file and the chart drawings the last build published beside it, all under the page's key in this build:
    /// the manifest looks each file up by its path, and a drawing's path belongs to one page (its folder is the page's), so a
    /// drawing is reused exactly when its page is, and a national portal's 65,000 drawings need no hash of their own.</summary>
    private List<(string Path, string Key)> PublishedWithCharts(PlannedPage page, string key)
    {
        var charts = previous.PublishedUnder(ChartFolder(page));
        var files = new List<(string Path, string Key)>(charts.Count + 1) { (page.OutputPath, key) };
        foreach (var chart in charts)
        {
            files.Add((chart, key));
        }

        return files;
    }

    /// <summary>The folder of a page's chart drawings, relative to the output folder (<see cref="Sections.DataRoutes.ChartFile"/>).</summary>
    private static string ChartFolder(PlannedPage page) => Sections.DataRoutes.ChartFile(page.Route, string.Empty, narrow: false).TrimStart('/')[..^".svg".Length];
}
