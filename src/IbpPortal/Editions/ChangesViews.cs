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
    public static object Index(RenderContext context, AnalysisModel analysis, EditionComparison comparison, EditionRecord current, CoherenceReport coherence)
    {
        var organisations = analysis.Organisations.Select(org =>
        {
            var c = comparison.For(org.Code);
            return new
            {
                org.Name,
                org.Code,
                Url = context.Url(DataRoutes.Changes(org.Code)),
                Signals = c.NewSignals.Count,
                Assurance = c.AssuranceMoves.Count,
                Ranks = c.RankMoves.Count,
                Restated = c.Restated.Count,
                c.Count,
                Coherence = coherence.For(org.Code).Count,
                PromisesMissed = current.Promises.Count(p => p.Org == org.Code && p.Status is Analyse.Planning.PromiseStatus.Overdue or Analyse.Planning.PromiseStatus.Dropped),
                CoherenceUrl = context.Url(DataRoutes.Coherence(org.Code)),
            };
        }).ToList();
        return new
        {
            Period = comparison.Period.ToLongDisplay(),
            PreviousPeriod = comparison.PreviousPeriod?.ToLongDisplay(),
            HasPrevious = comparison.PreviousPeriod is not null,
            Edition = EditionNames.Of(context.InternalBuild),
            DataHash = current.Data.Combined,
            PreviousDataHash = comparison.PreviousDataHash,
            SameData = comparison.PreviousDataHash == current.Data.Combined,
            JsonUrl = context.Url("/" + DataRoutes.EditionJson(current.Period)),
            Organisations = organisations,
            WithFindings = organisations.Where(o => o.Coherence > 0).ToList(),
        };
    }

    /// <summary>One organisation's "What changed" page.</summary>
    public static object Organisation(RenderContext context, AnalysisModel analysis, ProvenanceIndex provenance, ChangesSinceLastEdition changes, EditionRecord current, Organisation org)
    {
        Metric M(string id) => analysis.FindMetric(id)!;
        string MetricUrl(string id) => context.Url(DataRoutes.Metric(id));
        return new
        {
            Org = OrganisationSubPage.Link(context, org),
            Period = changes.Period.ToLongDisplay(),
            PreviousPeriod = changes.PreviousPeriod?.ToLongDisplay(),
            changes.HasPrevious,
            Edition = EditionNames.Of(context.InternalBuild),
            DataHash = current.Data.Combined,
            PreviousDataHash = changes.PreviousDataHash,
            changes.Count,
            Promises = current.Promises.Where(p => p.Org == org.Code && p.MadeIn < current.Period)
                .Select(p => Sections.Planning.PlanningViews.Promise(analysis, p)).ToList(),
            Repeated = Analyse.Planning.PromiseLedger.RepeatedExceptions(current.Promises, org.Code).Select(m => M(m).Name).ToList(),
            PlanningUrl = context.Url(DataRoutes.Planning(org.Code)),
            Signals = changes.NewSignals.Select(s => new
            {
                Metric = M(s.Metric).Name,
                MetricUrl = MetricUrl(s.Metric),
                Months = s.From == s.To ? s.From.ToShortDisplay() : $"{s.From.ToShortDisplay()} to {s.To.ToShortDisplay()}",
                Meaning = Cause(s.Cause),
                Tone = s.Cause switch { SpecialCause.Improvement => "blue", SpecialCause.Concern => "orange", _ => "purple" },
                Rule = Rule(s.Rule),
                Figure = ProvenanceSection.FigureView(context, analysis, provenance.Lookup(org.Code, s.Metric, s.To)),
            }).ToList(),
            Assurance = changes.AssuranceMoves.Select(a => new
            {
                Metric = M(a.Metric).Name,
                MetricUrl = MetricUrl(a.Metric),
                From = Wording.Assurance(a.From),
                To = Wording.Assurance(a.To),
            }).ToList(),
            Ranks = changes.RankMoves.Select(r => new
            {
                Metric = M(r.Metric).Name,
                MetricUrl = MetricUrl(r.Metric),
                From = $"{Wording.Rank(r.FromRank, r.FromOutOf)} ({r.FromPeriod.ToShortDisplay()})",
                To = $"{Wording.Rank(r.ToRank, r.ToOutOf)} ({r.ToPeriod.ToShortDisplay()})",
                Move = r.PlacesGained switch
                {
                    > 0 and var n => $"up {Places(n)}",
                    < 0 and var n => $"down {Places(-n)}",
                    _ => "same rank",
                },
                FromQuartile = Wording.Quartile(r.FromQuartile, M(r.Metric).Improvement != Improvement.Neutral),
                ToQuartile = Wording.Quartile(r.ToQuartile, M(r.Metric).Improvement != Improvement.Neutral),
                r.QuartileMoved,
            }).ToList(),
            Restated = changes.Restated.Select(r => new
            {
                Metric = M(r.Metric).Name,
                MetricUrl = MetricUrl(r.Metric),
                Month = r.Period.ToShortDisplay(),
                Old = FigureFormat.Format(r.Old, M(r.Metric)),
                New = FigureFormat.Format(r.New, M(r.Metric)),
                Figure = ProvenanceSection.FigureView(context, analysis, provenance.Lookup(org.Code, r.Metric, r.Period)),
            }).ToList(),
            IndexUrl = context.Url(DataRoutes.ChangesIndex),
            SourcesUrl = context.Url(DataRoutes.Sources(org.Code)),
            CoherenceUrl = OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Coherence(org.Code)),
        };
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
