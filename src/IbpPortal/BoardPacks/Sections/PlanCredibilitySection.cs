using System.Globalization;
using IbpPortal.Analyse.Planning;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Charts;
using IbpPortal.Sections.Planning;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>"Is the plan credible?": each measure's plan against its current process, promises kept, and for an ICB who drives its gap.</summary>
internal sealed class PlanCredibilitySection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var measures = pack.Planning.CredibilityOf(pack.Org.Code, pack.Scorecard.Rows.Select(r => r.Metric.Id));
        var promises = pack.Promises.Where(p => p.Org == pack.Org.Code).ToList();
        var gaps = pack.Planning.Contributions(pack.Org.Code).Where(g => g.NetGap > 0).ToList();
        if (measures.Count == 0 && promises.Count == 0 && gaps.Count == 0)
        {
            return;
        }

        report.Heading(1, "Is the plan credible?", "plan-credibility");
        if (measures.Count > 0)
        {
            report.Paragraph("Each planned month after the latest actual is set against the measure's current process (the latest SPC segment's mean and limits). "
                + "Within the process: carrying on can deliver it. Needs a better process: beyond the process limit, so it needs a change, not more of the same. "
                + "Beyond anything seen: better than any acute trust in England in the national data, or than this organisation's own best by more than its process width.")
                .Table(t =>
                {
                    t.TextSize(9).Column(2.2f).Column(1.6f).Column(4.2f);
                    t.Header("Measure", "Least credible month", "The plan's last month");
                    foreach (var m in measures)
                    {
                        t.Row(new TableCell(m.Metric.Name), new TableCell(PlanningViews.Word(m.Worst)), new TableCell(m.Headline?.Sentence ?? string.Empty));
                    }
                });
            var paces = measures.Where(m => m.Pace is { FasterThanEverSustained: true }).ToList();
            if (paces.Count > 0)
            {
                report.Heading(2, "Plans that need a faster improvement than ever sustained");
                report.Bullets(paces.Select(m => $"{m.Metric.Name}: {m.Pace!.Sentence}"));
            }
        }

        report.Heading(2, "Promises kept");
        if (promises.Count == 0)
        {
            report.Paragraph("No exception narrative has promised a recovery month for this organisation.");
        }
        else
        {
            var repeated = PromiseLedger.RepeatedExceptions(pack.Promises, pack.Org.Code);
            if (repeated.Count > 0)
            {
                report.Paragraph(p => p.Bold("Repeated exception: ").Text(string.Join(", ", repeated.Select(r => pack.Analysis.FindMetric(r)?.Name ?? r)) + " has missed two or more promised recovery months."));
            }

            report.Table(t =>
            {
                t.TextSize(9).Column(2.2f).Column(1.3f).Column(1.3f).Column(2f).Column(1.8f);
                t.Header("Measure", "Promised in", "Recovery by", "Owner", "Now");
                foreach (var p in promises)
                {
                    t.Row(new TableCell(pack.Analysis.FindMetric(p.Measure)?.Name ?? p.Measure), new TableCell(p.MadeIn.ToShortDisplay() + " edition"),
                        new TableCell(p.Recovery.ToShortDisplay()), new TableCell(p.Owner ?? "not named"), new TableCell(PlanningViews.StatusWord(p.Status)));
                }
            });
        }

        var book = gaps.Count == 0 ? null : ChartBook(gaps, pack);
        for (var i = 0; i < gaps.Count; i++)
        {
            var g = gaps[i];
            var metric = pack.Analysis.FindMetric(g.Metric)!;
            report.Heading(2, $"Who drives the system's gap: {metric.Name}");
            report.Paragraph(g.Headline);
            report.Figure(book!, i + 1, $"Ranked bar chart. {g.Headline}", $"{metric.Name}: each trust's part in the gap, {g.Period.ToLongDisplay()}", 0.9);
            report.Table(t =>
            {
                t.TextSize(9).Column(3.4f).Column(1.5f, CellAlign.Right).Column(1.2f, CellAlign.Right).Column(1.2f, CellAlign.Right);
                t.Header("Trust", "Contribution", "Share of the gap", "Cumulative");
                foreach (var tr in g.Trusts)
                {
                    t.Row(new TableCell(tr.Name), new TableCell(Math.Round(tr.Contribution).ToString("#,##0;-#,##0;0", CultureInfo.InvariantCulture)),
                        new TableCell(tr.Share > 0 ? (tr.Share * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "offsets"),
                        new TableCell(tr.Share > 0 ? (tr.CumulativeShare * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : string.Empty));
                }
            });
            report.Note($"Contribution in {g.UnitLabel}; a negative figure is a trust doing better than the target, which offsets the others.");
        }

        report.PageBreak();
    }

    /// <summary>The ICB's gap charts in one chart PDF, a page each, in the order of <paramref name="gaps"/>.</summary>
    private static byte[] ChartBook(List<GapContribution> gaps, PackContext pack)
    {
        using var stream = new MemoryStream();
        using (var book = new ChartPdfBook(stream, new ChartPdfMetadata($"Gap contributions: {pack.Org.Name}", pack.Issued.UtcDateTime)))
        {
            foreach (var g in gaps)
            {
                using var drawing = ContributionChartBuilder.Build(g, $"{pack.Analysis.FindMetric(g.Metric)!.Name}: each trust's part in the gap");
                book.AddPage(drawing);
            }
        }

        return stream.ToArray();
    }
}
