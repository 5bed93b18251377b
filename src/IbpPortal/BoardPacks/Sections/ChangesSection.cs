using IbpPortal.Analyse;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Charts;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>"Changes since last month": new SPC signals, assurance and rank moves and restated figures since the previous edition.</summary>
internal sealed class ChangesSection : IPackSection
{
    private const int MostRows = 12;

    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        if (pack.Changes is not { } comparison)
        {
            return;
        }

        var changes = comparison.For(pack.Org.Code);
        report.Heading(1, "Changes since last month", "changes");
        if (!changes.HasPrevious)
        {
            // One sentence is no chapter: the executive summary follows on the same page rather than leaving it blank. Not
            // "the first edition": the organisation may have had packs whose record this build was not given.
            report.Paragraph(comparison.PreviousPeriod is { } previous
                ? $"{pack.Org.Name} was not in the last edition ({previous.ToLongDisplay()}), so there is nothing to compare with: every figure is shown as it stands."
                : "No record of an earlier edition was found to compare with, so this pack cannot say what changed since last month: every figure is shown as it stands.");
            return;
        }

        var analysis = pack.Analysis;
        string Name(string metric) => analysis.FindMetric(metric)?.Name ?? metric;
        report.Paragraph(changes.Count == 0
            ? $"Nothing has changed since the {changes.PreviousPeriod!.Value.ToLongDisplay()} edition beyond the new month's figures: no new SPC signals, no change in assurance or rank, and no earlier figures restated."
            : $"Compared with the {changes.PreviousPeriod!.Value.ToLongDisplay()} edition: {changes.NewSignals.Count} new SPC signals, {changes.AssuranceMoves.Count} changes in assurance, {changes.RankMoves.Count} changes in rank and {changes.Restated.Count} restated figures.");
        if (changes.NewSignals.Count > 0)
        {
            report.Heading(2, "New SPC signals", bookmark: false).Table(t =>
            {
                t.Column(2.4f).Column(1.4f).Column(1.4f).Column(1.6f);
                t.Header("Measure", "Months", "Meaning", "Rule");
                foreach (var s in changes.NewSignals.Take(MostRows))
                {
                    t.Row(Name(s.Metric), Wording.Months(s.From, s.To), "Special cause " + SpcIcons.CauseWord(s.Cause), SpcIcons.RuleLabel(s.Rule));
                }
            });
            More(report, changes.NewSignals.Count);
        }

        if (changes.AssuranceMoves.Count > 0)
        {
            report.Heading(2, "Assurance changes", bookmark: false)
                .Bullets(changes.AssuranceMoves.Select(a => $"{Name(a.Metric)}: {Wording.Assurance(a.From).Label.ToLowerInvariant()} → {Wording.Assurance(a.To).Label.ToLowerInvariant()}."));
        }

        if (changes.RankMoves.Count > 0)
        {
            report.Heading(2, "Rank changes", bookmark: false)
                .Bullets(changes.RankMoves.Take(MostRows).Select(r =>
                    $"{Name(r.Metric)}: {Wording.Rank(r.FromRank, r.FromOutOf)} ({r.FromPeriod.ToShortDisplay()}) → {Wording.Rank(r.ToRank, r.ToOutOf)} ({r.ToPeriod.ToShortDisplay()})"
                    + (r.QuartileMoved ? $"; quartile {Q(r.FromQuartile)} → {Q(r.ToQuartile)}." : ".")));
            More(report, changes.RankMoves.Count);
        }

        if (changes.Restated.Count > 0)
        {
            report.Heading(2, "Restated figures", bookmark: false).Table(t =>
            {
                t.Column(2.6f).Column(1f).Column(1f, CellAlign.Right).Column(1f, CellAlign.Right);
                t.Header("Measure", "Month", "Was", "Now");
                foreach (var r in changes.Restated.Take(MostRows))
                {
                    var metric = analysis.FindMetric(r.Metric);
                    t.Row(Name(r.Metric), r.Period.ToShortDisplay(),
                        metric is null ? r.Old.ToCsv() : FigureFormat.Format(r.Old, metric),
                        metric is null ? r.New.ToCsv() : FigureFormat.Format(r.New, metric));
                }
            });
            More(report, changes.Restated.Count);
        }

        report.PageBreak();
    }

    private static string Q(int? quartile) => quartile is { } q ? $"Q{q}" : "none";

    private static void More(PdfReport report, int count)
    {
        if (count > MostRows)
        {
            report.Note($"And {count - MostRows} more: the portal's \"What changed\" page for this organisation lists them all.");
        }
    }
}
