using IbpPortal.Render;

namespace IbpPortal.PlanSite;

/// <summary>Provides the home page's headline figures (registered by the benchmarking section when there is plan data).</summary>
public interface IHomeHeadlines
{
    /// <summary>Up to six figures: label, formatted value and a short note.</summary>
    IReadOnlyList<HeadlineFigure> Headlines(RenderContext context);
}
