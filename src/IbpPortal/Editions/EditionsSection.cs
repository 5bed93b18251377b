using IbpPortal.Analyse;
using IbpPortal.Load;
using IbpPortal.PlanSite;
using IbpPortal.Provenance;
using IbpPortal.Render;

namespace IbpPortal.Editions;

/// <summary>Writes this edition's record (<c>data/editions/&lt;period&gt;.json</c>), keeps earlier records, compares with the previous edition,
/// registers the <see cref="EditionComparison"/> service, and plans <c>/changes/</c> and each organisation's <c>/organisations/&lt;code&gt;/changes/</c>.</summary>
public sealed class EditionsSection : ISiteSection
{
    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        if (context.Service<AnalysisModel>() is not { } analysis || context.Service<ProvenanceIndex>() is not { } provenance)
        {
            return;
        }

        var fingerprint = context.Service<DataFingerprint>() ?? DataFingerprint.None;
        var current = EditionRecordBuilder.Build(analysis, fingerprint, context.InternalBuild);
        var previous = PreviousEditionLocator.Find(input.Options.Root, input.Settings.PreviousEdition, input.Options.OutputPath, current.Period, context.Diagnostics);
        var comparison = EditionComparer.Compare(previous, current);
        context.AddService(current);
        context.AddService(comparison);

        plan.AddFile(new PlannedFile(EditionRoutes.EditionJson(current.Period), _ => EditionJson.Write(current)));
        foreach (var (period, path) in PreviousEditionLocator.Archive(input.Options.OutputPath).Where(a => a.Period != current.Period))
        {
            // Earlier editions' records stay published, so any later build can compare with them.
            var bytes = File.ReadAllBytes(path);
            plan.AddFile(new PlannedFile(EditionRoutes.EditionJson(period), _ => bytes));
        }

        var title = comparison.PreviousPeriod is { } p ? $"What changed since the {p.ToLongDisplay()} edition" : "What changed since the last edition";
        plan.AddPage(new PlannedPage
        {
            Route = EditionRoutes.ChangesIndex,
            Title = title,
            Layout = "changes-index",
            Description = $"New SPC signals, assurance and rank moves and restated figures for every organisation in the {analysis.ReportingPeriod.ToLongDisplay()} edition.",
            Section = "organisations",
            Breadcrumbs = [new Crumb("Home", "/")],
            SearchFilter = "Organisations",
            Model = ctx => ChangesViews.Index(ctx, analysis, comparison, current),
        });
        foreach (var org in analysis.Organisations)
        {
            plan.AddPage(new PlannedPage
            {
                Route = EditionRoutes.Changes(org.Code),
                Title = $"{title}: {org.Name}",
                Layout = "changes",
                Searchable = false, // reached from the organisation's page; its file paths and ids only crowd out real answers in search (issue #21)
                Description = $"What is new for {org.Name} in the {analysis.ReportingPeriod.ToLongDisplay()} edition: SPC signals, assurance, ranks and revised figures.",
                Section = "organisations",
                Source = org.Source,
                Breadcrumbs = ProvenanceSection.Breadcrumbs(org),
                SearchFilter = "Organisations",
                Model = ctx => ChangesViews.Organisation(ctx, analysis, provenance, comparison.For(org.Code), current, org),
            });
        }
    }
}
