using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>The pages each organisation has beside its own (sources, changes, coherence): planned alike, linked to each other and
/// back to the organisation.</summary>
internal static class OrganisationSubPage
{
    /// <summary>The organisation's page at <paramref name="route"/>, under Organisations in navigation, reached from the organisation's page.</summary>
    public static PlannedPage Plan(Organisation org, string route, string title, string layout, string description, Func<RenderContext, object?> model) => new()
    {
        Route = route,
        Title = title,
        Layout = layout,
        Searchable = false, // reached from the organisation's page; its file paths and ids only crowd out real answers in search (issue #21)
        Description = description,
        Section = "organisations",
        Source = org.Source,
        Breadcrumbs = Breadcrumbs(org),
        SearchFilter = "Organisations",
        Model = model,
    };

    /// <summary>Home › Organisations › the organisation.</summary>
    public static IReadOnlyList<Crumb> Breadcrumbs(Organisation org) =>
        [new Crumb("Home", "/"), new Crumb("Organisations", DataRoutes.Organisations), new Crumb(org.Name, DataRoutes.Organisation(org.Code))];

    /// <summary>The organisation with the address of its page, as these pages show it at the top.</summary>
    public static OrganisationLinkView Link(RenderContext context, Organisation org) =>
        new(org.Name, org.Code, context.Url(DataRoutes.Organisation(org.Code)));

    /// <summary>The address of <paramref name="route"/>, or null when this build has no such page (a sibling page the portal does not make).</summary>
    public static string? UrlIfPlanned(RenderContext context, string route) => context.Plan.Has(route) ? context.Url(route) : null;
}
