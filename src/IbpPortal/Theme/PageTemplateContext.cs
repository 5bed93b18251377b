using Fluid;
using IbpPortal.Render;

namespace IbpPortal.Theme;

/// <summary>A Liquid context for one page: it carries the page's chart collector, which the <c>chart_image</c> filter adds each drawing to.</summary>
/// <remarks>Partials rendered with <c>{% render %}</c> share the page's context object (not its variables), so the filter reaches the collector from any partial.</remarks>
internal sealed class PageTemplateContext(TemplateOptions options, PageCharts? charts) : TemplateContext(options)
{
    /// <summary>The page's chart drawings, or null when the template renders outside a page.</summary>
    public PageCharts? Charts { get; } = charts;
}
