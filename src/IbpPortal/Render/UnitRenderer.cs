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
    string siteKey)
{
    /// <summary>The site links of every page rendered, for the link check.</summary>
    public ConcurrentDictionary<PlannedPage, IReadOnlyList<string>> Links { get; } = new();

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
        var key = SiteKey.IsCacheable(file) ? SiteKey.For(siteKey, file.OutputPath) : null;
        var cachedPages = key is not null && file.Document is not null ? cache.Pages(key) : null;
        if (key is not null && (file.Document is null || cachedPages is not null) && cache.Get(key) is { } cached)
        {
            previous.Place(sink, file.OutputPath, key, cached);
            return new RenderedFile(file.OutputPath, cached.Length, cachedPages);
        }

        var reuse = key is null && SiteKey.IsReusable(file) ? SiteKey.For(siteKey, file.OutputPath) : null;
        if (reuse is not null && previous.TryReuse(sink, file.OutputPath, reuse))
        {
            return new RenderedFile(file.OutputPath, sink.SizeOf(file.OutputPath), null);
        }

        if (file.WriteTo is { } write && key is null)
        {
            sink.Write(file.OutputPath, stream => write(unit, stream));
            return new RenderedFile(file.OutputPath, sink.SizeOf(file.OutputPath), null);
        }

        var document = file.Document?.Invoke(unit);
        var bytes = document?.Bytes ?? file.Render(unit);
        sink.Write(file.OutputPath, bytes);
        if (key is not null)
        {
            cache.Put(key, bytes);
            if (document is not null)
            {
                cache.PutPages(key, document.Pages);
            }

            previous.Note(file.OutputPath, key);
        }

        return new RenderedFile(file.OutputPath, bytes.Length, document?.Pages);
    }

    private void RenderPage(PlannedPage page, RenderContext unit, Func<object?> model)
    {
        var key = SiteKey.IsCacheable(page) ? SiteKey.For(siteKey, page.OutputPath) : null;
        if (key is not null && PlaceCached(page, key))
        {
            return;
        }

        var rendered = layOut(page, unit, model);
        if (rendered is null)
        {
            return;
        }

        // A page is encoded straight into its file: an organisation's page of a national portal is megabytes of text,
        // and an array of its bytes beside the string would be one more large object per page for the collector.
        sink.WriteText(page.OutputPath, rendered.Html);
        Links[page] = SiteRenderer.ExtractLinks(rendered.Html);
        foreach (var chart in rendered.Charts)
        {
            WriteChart(chart, key is not null);
        }

        if (key is not null)
        {
            if (sink.FullPath(page.OutputPath) is { } written)
            {
                cache.PutFile(key, written);
            }
            else
            {
                cache.Put(key, Encoding.UTF8.GetBytes(rendered.Html));
            }

            cache.PutCompanions(key, [.. rendered.Charts.Select(c => c.OutputPath)]);
            previous.Note(page.OutputPath, key);
        }
    }

    /// <summary>Places a cached page with its chart files, when the cache holds all of them; false when the page must be rendered.</summary>
    private bool PlaceCached(PlannedPage page, string key)
    {
        if (cache.Get(key) is not { } cached || cache.Companions(key) is not { } companions)
        {
            return false;
        }

        // Every chart is read before anything is placed, so a page whose charts are not all cached is rendered whole.
        var charts = new List<(string Path, string Key, byte[] Bytes)>(companions.Count);
        foreach (var path in companions)
        {
            var chartKey = SiteKey.For(siteKey, path);
            if (cache.Get(chartKey) is not { } bytes)
            {
                return false;
            }

            charts.Add((path, chartKey, bytes));
        }

        previous.Place(sink, page.OutputPath, key, cached);
        foreach (var (path, chartKey, bytes) in charts)
        {
            previous.Place(sink, path, chartKey, bytes);
        }

        Links[page] = SiteRenderer.ExtractLinks(Encoding.UTF8.GetString(cached));
        return true;
    }

    /// <summary>Writes a chart drawing as its own file; a cacheable page's drawings are cached and noted for linking, as the page is.</summary>
    private void WriteChart(ChartFile chart, bool cacheable)
    {
        var bytes = Encoding.UTF8.GetBytes(chart.Svg);
        sink.Write(chart.OutputPath, bytes);
        if (cacheable)
        {
            var key = SiteKey.For(siteKey, chart.OutputPath);
            cache.Put(key, bytes);
            previous.Note(chart.OutputPath, key);
        }
    }
}
