using IbpPortal.Analyse;
using IbpPortal.Analyse.Planning;
using IbpPortal.Coherence;
using IbpPortal.Model;
using IbpPortal.Provenance;
using IbpPortal.Render;
using IbpPortal.Sections;
using IbpPortal.Sections.Planning;

namespace IbpPortal.Editions;

/// <summary>The layout models of the changes pages: the comparison put into words for readers.</summary>
internal static class ChangesViews
{
    /// <summary>The <c>/changes/</c> page: every organisation with its counts.</summary>
    public static ChangesIndexView Index(RenderContext context, AnalysisModel analysis, EditionComparison comparison, EditionRecord current, CoherenceReport coherence)
    {
        List<ChangesCountView> organisations = [.. analysis.Organisations.Select(org => Counts(context, comparison.For(org.Code), current, coherence, org))];
        return new ChangesIndexView(
            Period: comparison.Period.ToLongDisplay(),
            PreviousPeriod: comparison.PreviousPeriod?.ToLongDisplay(),
            HasPrevious: comparison.PreviousPeriod is not null,
            Edition: EditionNames.Of(context.InternalBuild),
            DataHash: current.Data.Combined,
            PreviousDataHash: comparison.PreviousDataHash,
            SameData: comparison.PreviousDataHash == current.Data.Combined,
            JsonUrl: context.Url("/" + DataRoutes.EditionJson(current.Period)),
            Organisations: organisations,
            WithFindings: [.. organisations.Where(o => o.Coherence > 0)]);
    }

    private static ChangesCountView Counts(RenderContext context, ChangesSinceLastEdition c, EditionRecord current, CoherenceReport coherence, Organisation org) => new(
        org.Name,
        org.Code,
        context.Url(DataRoutes.Changes(org.Code)),
        Signals: c.NewSignals.Count,
        Assurance: c.AssuranceMoves.Count,
        Ranks: c.RankMoves.Count,
        Restated: c.Restated.Count,
        Count: c.Count,
        Coherence: coherence.For(org.Code).Count,
        PromisesMissed: current.Promises.Count(p => p.Org == org.Code && p.Status is PromiseStatus.Overdue or PromiseStatus.Dropped),
        CoherenceUrl: context.Url(DataRoutes.Coherence(org.Code)));

    /// <summary>One organisation's "What changed" page.</summary>
    public static ChangesPageView Organisation(RenderContext context, AnalysisModel analysis, ProvenanceIndex provenance, ChangesSinceLastEdition changes, EditionRecord current, Organisation org)
    {
        var rows = new ChangeRows(context, analysis, provenance, org);
        return new ChangesPageView(
            Org: OrganisationSubPage.Link(context, org),
            Period: changes.Period.ToLongDisplay(),
            PreviousPeriod: changes.PreviousPeriod?.ToLongDisplay(),
            HasPrevious: changes.HasPrevious,
            Edition: EditionNames.Of(context.InternalBuild),
            DataHash: current.Data.Combined,
            PreviousDataHash: changes.PreviousDataHash,
            Count: changes.Count,
            Promises: [.. current.Promises.Where(p => p.Org == org.Code && p.MadeIn < current.Period).Select(p => PlanningViews.Promise(analysis, p))],
            Repeated: [.. PromiseLedger.RepeatedExceptions(current.Promises, org.Code).Select(m => analysis.FindMetric(m)!.Name)],
            PlanningUrl: context.Url(DataRoutes.Planning(org.Code)),
            Signals: [.. changes.NewSignals.Select(rows.Signal)],
            Assurance: [.. changes.AssuranceMoves.Select(rows.Assurance)],
            Ranks: [.. changes.RankMoves.Select(rows.Rank)],
            Restated: [.. changes.Restated.Select(rows.Restatement)],
            IndexUrl: context.Url(DataRoutes.ChangesIndex),
            SourcesUrl: context.Url(DataRoutes.Sources(org.Code)),
            CoherenceUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Coherence(org.Code)));
    }
}
