using IbpPortal.Analyse;
using IbpPortal.Diagnostics;
using IbpPortal.Editions;
using IbpPortal.Load;
using IbpPortal.Model;

namespace IbpPortal.BoardPacks;

/// <summary>Warns, for <c>ibp check</c> and every build, about exceptions without a narrative and narratives that no exception uses.</summary>
internal static class NarrativeChecks
{
    public static void Check(PortalInput input, AnalysisModel analysis, IReadOnlyList<Organisation> packs, EditionComparison? editions, DiagnosticBag diagnostics)
    {
        var period = analysis.ReportingPeriod.ToString();
        var narratives = input.Commentary.Where(c => c.IsNarrative && c.Period == period).ToList();
        // The reviews (each organisation's exception rules) are worked out side by side, then reported in the packs' order.
        var reviews = new Analyse.Exceptions.ExceptionReview[packs.Count];
        Parallel.For(0, packs.Count, i => reviews[i] = PackReview.Of(analysis, packs[i], analysis.Scorecard(packs[i].Code), editions));
        for (var i = 0; i < packs.Count; i++)
        {
            var (org, review) = (packs[i], reviews[i]);
            var written = narratives.Where(n => n.OrgCode == org.Code).Select(n => n.Measure!).ToHashSet(StringComparer.Ordinal);
            var missing = review.Exceptions.Where(e => !written.Contains(e.Metric.Id)).Select(e => e.Metric.Id).ToList();
            if (missing.Count > 0)
            {
                var folder = $"input/board-packs/{org.Code}/{period}/";
                diagnostics.Warning(SourceLocation.File(folder), BoardPackCodes.NarrativeMissing,
                    $"{missing.Count} of {org.Code}'s {review.Exceptions.Count} exceptions have no narrative ({string.Join(", ", missing)}), so its pack says \"no narrative provided\"",
                    $"write {folder}<measure>.md with front matter title, owner, recovery, actions and risks for each");
            }

            foreach (var narrative in narratives.Where(n => n.OrgCode == org.Code))
            {
                var known = analysis.FindMetric(narrative.Measure!) is not null;
                if (known && review.ExceptionFor(narrative.Measure!) is not null)
                {
                    continue;
                }

                diagnostics.Warning(new SourceLocation(narrative.Page.SourcePath, 1), BoardPackCodes.NarrativeNotUsed,
                    known ? $"'{narrative.Measure}' is not an exception for {org.Code} in {period}, so this narrative is not shown"
                          : $"'{narrative.Measure}' is not a metric in data/metrics.csv",
                    known ? "remove it, or keep it for a later period's folder" : "name the file after a metric id, e.g. rtt_18wk.md");
            }
        }
    }
}
