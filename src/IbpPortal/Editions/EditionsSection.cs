using IbpPortal.Analyse;
using IbpPortal.Model;
using IbpPortal.Load;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections;
using IbpPortal.Write;

namespace IbpPortal.Editions;

/// <summary>Plans this edition's record (<c>data/editions/&lt;period&gt;.json</c>), the earlier records kept from the last output,
/// <c>/changes/</c> and each organisation's <c>/organisations/&lt;code&gt;/changes/</c>, from the analysis' comparison with the previous edition.</summary>
/// <param name="archived">Earlier editions' records in the last output (read by the Load stage), published again.</param>
public sealed class EditionsSection(DataAnalysis data, IReadOnlyList<(Period Period, string Path)> archived) : ISiteSection
{
    private readonly DataAnalysis _data = SectionInput.Required(data, nameof(EditionsSection), "the plan data's analysis");

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        var analysis = _data.Model;
        var provenance = _data.Provenance;
        var current = _data.Edition;
        var comparison = _data.Changes;

        plan.AddFile(new PlannedFile(DataRoutes.EditionJson(current.Period), _ => EditionJson.Write(current))
        {
            WriteTo = (_, stream) => EditionJson.Write(current, stream),
        });
        foreach (var (period, path) in archived)
        {
            // Earlier editions' records stay published, so any later build can compare with them. They are copied from the
            // previous output (which stays in place until this build publishes) when written, not held in memory until then.
            plan.AddFile(SourceCopy.Streamed(DataRoutes.EditionJson(period), path));
        }

        var title = comparison.PreviousPeriod is { } p ? $"What changed since the {p.ToLongDisplay()} edition" : "What changed since the last edition";
        plan.AddPage(new PlannedPage
        {
            Route = DataRoutes.ChangesIndex,
            Title = title,
            Layout = "changes-index",
            Description = $"New SPC signals, assurance and rank moves and restated figures for every organisation in the {analysis.ReportingPeriod.ToLongDisplay()} edition.",
            Section = "organisations",
            Breadcrumbs = [new Crumb("Home", "/")],
            SearchFilter = "Organisations",
            Model = ctx => ChangesViews.Index(ctx, analysis, comparison, current, _data.Coherence),
        });
        foreach (var org in analysis.Organisations)
        {
            plan.AddPage(OrganisationSubPage.Plan(org, DataRoutes.Changes(org.Code), $"{title}: {org.Name}", "changes",
                $"What is new for {org.Name} in the {analysis.ReportingPeriod.ToLongDisplay()} edition: SPC signals, assurance, ranks and revised figures.",
                ctx => ChangesViews.Organisation(ctx, analysis, provenance, comparison.For(org.Code), current, org)));
        }
    }
}
