using IbpPortal.Analyse;
using IbpPortal.Load;
using IbpPortal.PlanSite;
using IbpPortal.Render;

namespace IbpPortal.Sections.Planning;

/// <summary>Plans each organisation's "Is the plan credible?" page (<c>/organisations/&lt;code&gt;/planning/</c>) and its CSV and JSON downloads.</summary>
public sealed class PlanningSection(DataAnalysis data) : ISiteSection
{
    private readonly DataAnalysis _data = SectionInput.Required(data, nameof(PlanningSection), "the plan data's analysis");

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var org in _data.Model.Organisations)
        {
            plan.AddPage(new PlannedPage
            {
                Route = DataRoutes.Planning(org.Code),
                Title = $"Planning intelligence: {org.Name}",
                Layout = "planning",
                Description = $"Whether {org.Name}'s plans can be met by its current process, whether earlier promised recoveries were kept, and who drives the gap.",
                Section = "organisations",
                Source = org.Source,
                Breadcrumbs = OrganisationSubPage.Breadcrumbs(org),
                SearchFilter = "Organisations",
                Model = ctx => PlanningViews.Page(ctx, _data, org),
            });
            plan.AddFile(new PlannedFile(DataRoutes.PlanningCsv(org.Code), _ => PlanningDownloads.Csv(_data, org)));
            plan.AddFile(new PlannedFile(DataRoutes.PlanningJson(org.Code), _ => PlanningDownloads.Json(_data, org)));
        }
    }
}
