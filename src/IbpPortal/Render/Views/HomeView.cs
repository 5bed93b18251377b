using IbpPortal.PlanSite;

namespace IbpPortal.Render.Views;

/// <summary>The home page's model: the IBP steps, the latest case studies and the headline figures.</summary>
/// <param name="Headlines">Empty for a portal without plan data.</param>
/// <param name="Organisations">The organisations for the home page's finder; empty for a portal without plan data.</param>
public sealed record HomeView(
    IReadOnlyList<CardView> Steps,
    IReadOnlyList<CardView> Latest,
    string CaseStudiesUrl,
    IReadOnlyList<HeadlineFigure> Headlines,
    IReadOnlyList<OrganisationFinderItem> Organisations,
    string OrganisationsUrl);
