using IbpPortal.Load;
using IbpPortal.Render;

namespace IbpPortal.PlanSite;

/// <summary>A part of the site (content pages, benchmarking, organisations, board packs) that adds its pages and files to the plan.</summary>
public interface ISiteSection
{
    /// <summary>Adds this section's pages and files, from the inputs it was made with; it reads no files and registers nothing for other sections.</summary>
    void Plan(PortalInput input, RenderContext context, SitePlan plan);
}
