using IbpPortal.Render;

namespace IbpPortal.PlanSite;

/// <summary>Provides the home page's figures from the data (registered by the benchmarking section when there is plan data).</summary>
public interface IHomeHeadlines
{
    /// <summary>Up to six figures: label, formatted value, a short note and where each leads.</summary>
    IReadOnlyList<HeadlineFigure> Headlines(RenderContext context);

    /// <summary>Every organisation with a page, ICBs each followed by their trusts, for "find your organisation".</summary>
    IReadOnlyList<OrganisationFinderItem> Organisations(RenderContext context) => [];
}
