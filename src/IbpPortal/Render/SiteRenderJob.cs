using IbpPortal.Load;
using IbpPortal.Markdown;
using IbpPortal.PlanSite;
using IbpPortal.Theme;
using IbpPortal.Write;

namespace IbpPortal.Render;

/// <summary>What rendering a site is given: the loaded input, the plan, the theme's assets, where to write and what to reuse.</summary>
/// <param name="Cost">An estimate of each render unit's cost, to hand out the dearest first and to balance shards.</param>
public sealed record SiteRenderJob(
    PortalInput Input,
    SitePlan Plan,
    RenderContext Context,
    ThemeAssets Assets,
    MarkdownRenderer Markdown,
    StagingSink Sink,
    ArtefactCache Cache,
    PreviousOutput Previous,
    Build.ArtefactKeys Keys,
    Func<RenderUnit, long> Cost)
{
    /// <summary>Every render unit of the plan, ordered by key.</summary>
    public IReadOnlyList<RenderUnit> Units() => RenderUnit.Of(Plan.Pages, Plan.Files);
}
