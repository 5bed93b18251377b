using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.Coherence;
using IbpPortal.Model;
using IbpPortal.Provenance;
using IbpPortal.Render;
using IbpPortal.Sections;

namespace IbpPortal.Editions;

/// <summary>The layout models of the changes pages: the comparison put into words for readers.</summary>
internal static class ChangesViews
{
    /// <summary>The <c>/changes/</c> page: every organisation with its counts.</summary>
    public static ChangesIndexView Index(RenderContext context, AnalysisModel analysis, EditionComparison comparison, EditionRecord current, CoherenceReport coherence) => new(
        Period: comparison.Period.ToLongDisplay(),
        PreviousPeriod: comparison.PreviousPeriod?.ToLongDisplay(),
        HasPrevious: comparison.PreviousPeriod is not null,
        Edition: EditionNames.Of(context.InternalBuild),
        DataHash: current.Data.Combined,
        PreviousDataHash: comparison.PreviousDataHash,
        SameData: comparison.PreviousDataHash == current.Data.Combined,
        JsonUrl: context.Url("/" + DataRoutes.EditionJson(current.Period)),
        Organisations: [.. analysis.Organisations.Select(org =>
        {
            var c = comparison.For(org.Code);
            return new ChangesCountView(org.Name, org.Code, context.Url(DataRoutes.Changes(org.Code)), c.NewSignals.Count, c.AssuranceMoves.Count,
                c.RankMoves.Count, c.Restated.Count, c.Count, coherence.For(org.Code).Count, context.Url(DataRoutes.Coherence(org.Code)));
        })]);

    /// <summary>One organisation's "What changed" page.</summary>
    public static ChangesPageView Organisation(RenderContext context, AnalysisModel analysis, ProvenanceIndex provenance, ChangesSinceLastEdition changes, EditionRecord current, Organisation org)
    {
        Metric M(string id) => analysis.FindMetric(id)!;
        string MetricUrl(string id) => context.Url(DataRoutes.Metric(id));
        return new ChangesPageView(
            Org: OrganisationSubPage.Link(context, org),
            Period: changes.Period.ToLongDisplay(),
            PreviousPeriod: changes.PreviousPeriod?.ToLongDisplay(),
            HasPrevious: changes.HasPrevious,
            Edition: EditionNames.Of(context.InternalBuild),
            DataHash: current.Data.Combined,
            PreviousDataHash: changes.PreviousDataHash,
            Count: changes.Count,
            Signals: [.. changes.NewSignals.Select(s => new NewSignalView(
                M(s.Metric).Name,
                MetricUrl(s.Metric),
                s.From == s.To ? s.From.ToShortDisplay() : $"{s.From.ToShortDisplay()} to {s.To.ToShortDisplay()}",
                Cause(s.Cause),
                s.Cause switch { SpecialCause.Improvement => "blue", SpecialCause.Concern => "orange", _ => "purple" },
                Rule(s.Rule),
                ProvenanceSection.Figure(context, analysis, provenance.Lookup(org.Code, s.Metric, s.To))))],
            Assurance: [.. changes.AssuranceMoves.Select(a => new AssuranceMoveView(M(a.Metric).Name, MetricUrl(a.Metric), Wording.Assurance(a.From), Wording.Assurance(a.To)))],
            Ranks: [.. changes.RankMoves.Select(r => new RankMoveView(
                M(r.Metric).Name,
                MetricUrl(r.Metric),
                $"{Wording.Rank(r.FromRank, r.FromOutOf)} ({r.FromPeriod.ToShortDisplay()})",
                $"{Wording.Rank(r.ToRank, r.ToOutOf)} ({r.ToPeriod.ToShortDisplay()})",
                r.PlacesGained switch
                {
                    > 0 and var n => $"up {Places(n)}",
                    < 0 and var n => $"down {Places(-n)}",
                    _ => "same rank",
                },
                Wording.Quartile(r.FromQuartile, M(r.Metric).Improvement != Improvement.Neutral),
                Wording.Quartile(r.ToQuartile, M(r.Metric).Improvement != Improvement.Neutral),
                r.QuartileMoved))],
            Restated: [.. changes.Restated.Select(r => new RestatedFigureView(
                M(r.Metric).Name,
                MetricUrl(r.Metric),
                r.Period.ToShortDisplay(),
                FigureFormat.Format(r.Old, M(r.Metric)),
                FigureFormat.Format(r.New, M(r.Metric)),
                ProvenanceSection.Figure(context, analysis, provenance.Lookup(org.Code, r.Metric, r.Period))))],
            IndexUrl: context.Url(DataRoutes.ChangesIndex),
            SourcesUrl: context.Url(DataRoutes.Sources(org.Code)),
            CoherenceUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Coherence(org.Code)));
    }

    private static string Places(int n) => n == 1 ? "1 place" : n.ToString(CultureInfo.InvariantCulture) + " places";

    private static string Cause(SpecialCause cause) => cause switch
    {
        SpecialCause.Improvement => "Improvement",
        SpecialCause.Concern => "Concern",
        _ => "Unusual (neither better nor worse)",
    };

    private static string Rule(SpcRule rule) => rule switch
    {
        SpcRule.OutsideLimits => "a point outside the process limits",
        SpcRule.Trend => "a trend of 7 points rising or falling",
        SpcRule.TwoInThree => "2 of 3 points close to a limit",
        SpcRule.Shift => "a shift of 7 points on one side of the mean",
        _ => "no rule",
    };
}
