using IbpPortal.Analyse;
using IbpPortal.Analyse.Planning;
using IbpPortal.BoardPacks;
using IbpPortal.Content;
using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>Checks the promised recoveries at this edition (pure): the previous record's promises, or, when there is no previous record,
/// the narratives kept in earlier periods' folders of <c>input/board-packs/</c>, against this edition's exceptions and narratives.</summary>
public static class PromiseCheck
{
    /// <summary>Every promise as it stands at this edition, for the record and the pages.</summary>
    public static IReadOnlyList<Promise> Of(AnalysisModel analysis, EditionComparison changes, IEnumerable<CommentaryDocument> commentary, EditionRecord? previous)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(commentary);
        var period = analysis.ReportingPeriod;
        var made = commentary
            .Where(c => c.IsNarrative && Period.TryParse(c.Period, out _) && analysis.FindOrganisation(c.OrgCode) is not null)
            .Select(c =>
            {
                var narrative = ExceptionNarrative.From(c);
                return new PromiseMade(c.OrgCode, narrative.Measure, Period.Parse(c.Period), narrative.Recovery, narrative.Owner, narrative.Actions);
            })
            .OrderBy(m => m.Org, StringComparer.Ordinal).ThenBy(m => m.Measure, StringComparer.Ordinal).ThenBy(m => m.Edition)
            .ToList();
        var earlier = previous is not null ? previous.Promises : PromiseLedger.FromEarlierNarratives(made, period);
        var exceptions = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        bool IsException(string org, string measure)
        {
            if (!exceptions.TryGetValue(org, out var set))
            {
                var organisation = analysis.FindOrganisation(org);
                set = organisation is null ? [] : [.. PackReview.Of(analysis, organisation, analysis.Scorecard(org), changes).Exceptions.Select(e => e.Metric.Id)];
                exceptions[org] = set;
            }

            return set.Contains(measure);
        }

        return PromiseLedger.Check(earlier, period, made, IsException);
    }
}
