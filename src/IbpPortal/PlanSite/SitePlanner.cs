using IbpPortal.Analyse;
using IbpPortal.Build;
using IbpPortal.Load;
using IbpPortal.Render;
using IbpPortal.Theme;

namespace IbpPortal.PlanSite;

/// <summary>The PlanSite stage: every section of <see cref="SiteComposition.Sections"/> turns the analysis into planned pages and files.</summary>
public static class SitePlanner
{
    /// <summary>The site's plan (the one <paramref name="context"/> holds); problems go to the context's diagnostics.</summary>
    public static SitePlan Plan(PortalInput input, SiteAnalysis analysis, ThemeAssets assets, RenderContext context)
    {
        var plan = context.Plan;
        plan.WithheldRoutes.UnionWith(input.WithheldRoutes);
        foreach (var section in SiteComposition.Sections(input, analysis, assets))
        {
            section.Plan(input, context, plan);
        }

        return plan;
    }
}
