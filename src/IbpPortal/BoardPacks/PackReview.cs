using IbpPortal.Analyse;
using IbpPortal.Analyse.Exceptions;
using IbpPortal.Editions;
using IbpPortal.Model;

namespace IbpPortal.BoardPacks;

/// <summary>An organisation's <see cref="ExceptionReview"/> with the last edition's quartiles and assurance: one call for the pack, <c>ibp check</c> and the web.</summary>
public static class PackReview
{
    /// <summary>Reviews the organisation's scorecard; <paramref name="editions"/> (when there was a previous edition) supplies the comparison rules.</summary>
    public static ExceptionReview Of(AnalysisModel analysis, Organisation org, Scorecard scorecard, EditionComparison? editions)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(org);
        var changes = editions?.For(org.Code);
        return ExceptionReview.Of(scorecard, metric => analysis.Spc(org.Code, metric), metric => History(changes, scorecard, metric));
    }

    private static MeasureHistory History(ChangesSinceLastEdition? changes, Scorecard scorecard, string metric)
    {
        if (changes is null || !changes.HasPrevious)
        {
            return MeasureHistory.None;
        }

        var row = scorecard.Rows.FirstOrDefault(r => r.Metric.Id == metric);
        var rank = changes.RankMoves.FirstOrDefault(m => m.Metric == metric);
        var assurance = changes.AssuranceMoves.FirstOrDefault(m => m.Metric == metric);
        // No move recorded means the last edition showed what this one shows.
        return new MeasureHistory(
            rank is null ? row?.Quartile : rank.FromQuartile,
            assurance is null ? row?.Assurance : assurance.From);
    }
}
