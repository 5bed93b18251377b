using IbpPortal.Analyse;
using IbpPortal.Editions;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>Plans <c>/organisations/</c> (ICBs with their trusts), a page per organisation, and their JSON and CSV downloads.</summary>
/// <param name="changes">The comparison with the last edition, which the exception rules on each page use as the board pack does.</param>
public sealed class OrganisationsSection(AnalysisModel analysis, EditionComparison? changes = null) : ISiteSection
{
    private readonly AnalysisModel _analysis = SectionInput.Required(analysis, nameof(OrganisationsSection), "the plan data's analysis");


    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        var analysis = _analysis;

        plan.AddPage(new PlannedPage
        {
            Route = DataRoutes.Organisations,
            Title = "Organisations",
            Layout = "organisations",
            Description = "Each integrated care board with its trusts: open one to see its scorecard, SPC charts, gaps and scenarios.",
            Section = "organisations",
            Source = new Diagnostics.SourceLocation("data/organisations.csv", 0),
            Breadcrumbs = [new Crumb("Home", "/")],
            SearchFilter = "Organisations",
            Model = ctx => IndexModel(ctx, analysis),
        });

        foreach (var org in analysis.Organisations)
        {
            plan.AddPage(new PlannedPage
            {
                Route = DataRoutes.Organisation(org.Code),
                Title = org.Name,
                Layout = "organisation",
                Description = $"{org.Name} ({org.Code}): scorecard, SPC charts, gaps against plan and target, and scenario projections for {analysis.ReportingPeriod.ToLongDisplay()}.",
                Section = "organisations",
                Source = org.Source,
                Breadcrumbs = [new Crumb("Home", "/"), new Crumb("Organisations", DataRoutes.Organisations)],
                SearchFilter = "Organisations",
                Model = ctx => OrganisationPageModel.Build(ctx, analysis, org, changes),
                Group = DataRoutes.OrganisationGroup(org.Code),
            });
            plan.AddFile(new PlannedFile(DataRoutes.OrganisationJson(org.Code), _ => DataDownloads.OrganisationJson(analysis, org))
            {
                WriteTo = (_, stream) => DataDownloads.OrganisationJson(stream, analysis, org),
            });
            foreach (var metric in analysis.Metrics)
            {
                if (analysis.Actual(org.Code, metric.Id).IsEmpty && analysis.Plan(org.Code, metric.Id).IsEmpty)
                {
                    continue;
                }

                plan.AddFile(new PlannedFile(DataRoutes.SeriesCsv(org.Code, metric.Id), _ => DataDownloads.SeriesCsv(analysis, org, metric)));
                plan.AddFile(new PlannedFile(DataRoutes.ProjectionsCsv(org.Code, metric.Id), _ => DataDownloads.ProjectionsCsv(analysis, org, metric)));
                if (metric.MeetsDemand is not null && analysis.Gaps(org.Code, metric.Id).DemandCapacity.Count > 0)
                {
                    plan.AddFile(new PlannedFile(DataRoutes.DemandCapacityCsv(org.Code, metric.Id), _ => DataDownloads.DemandCapacityCsv(analysis, org, metric)));
                }
            }
        }
    }

    private static OrganisationsIndexView IndexModel(RenderContext context, AnalysisModel analysis)
    {
        var orphans = analysis.Trusts.Where(t => t.Icb is null || analysis.FindOrganisation(t.Icb) is null);
        return new OrganisationsIndexView(
            analysis.ReportingPeriod.ToLongDisplay(),
            [.. analysis.Icbs.Select(icb => new IcbListingView(
                icb.Name,
                icb.Code,
                context.Url(DataRoutes.Organisation(icb.Code)),
                [.. analysis.TrustsOf(icb.Code).Select(t => Listing(context, t))]))],
            [.. orphans.Select(t => Listing(context, t))]);
    }

    private static TrustListingView Listing(RenderContext context, Organisation org) => new(org.Name, org.Code, org.PeerGroup, context.Url(DataRoutes.Organisation(org.Code)));
}
