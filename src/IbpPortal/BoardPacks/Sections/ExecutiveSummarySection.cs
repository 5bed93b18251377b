using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Charts;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>The executive summary: tiles for the leading exceptions, the exceptions and improvements in plain words, then the written commentary.</summary>
internal sealed class ExecutiveSummarySection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var review = pack.Review;
        var sentences = new ExceptionSentences(pack.Period);
        report.Heading(1, "Executive summary", PackAnchors.Summary);
        Tiles(report, pack);
        report.Paragraph(p => p
            .Text($"This report covers {pack.Org.Name} for {pack.Period.ToLongDisplay()}: {review.Matrix.Count} measures in the summary matrix, ")
            .Text($"of which {review.Exceptions.Count} {(review.Exceptions.Count == 1 ? "is an exception" : "are exceptions")} and {review.Improvements.Count} {(review.Improvements.Count == 1 ? "shows" : "show")} improvement. ")
            .Text("Exceptions are chosen by rule (special-cause concern, a target failed or hit and miss, off plan beyond tolerance, a fall in quartile) and listed most serious first; see the ")
            .LinkTo("summary matrix", PackAnchors.Matrix).Text("."));

        report.Heading(2, "Exceptions", bookmark: false);
        if (review.Exceptions.Count == 0)
        {
            report.Paragraph("No measure meets an exception rule this month.");
        }
        else
        {
            report.List(false, list =>
            {
                foreach (var finding in review.Exceptions)
                {
                    list.Item(p => p.Text(sentences.Exception(finding) + " ").LinkTo("Exception report", PackAnchors.Exception(finding.Metric.Id)).Text("."));
                }
            });
        }

        report.Heading(2, "Improvements", bookmark: false);
        if (review.Improvements.Count == 0)
        {
            report.Paragraph("No measure shows special-cause improvement or newly meets its target this month.");
        }
        else
        {
            report.Bullets(review.Improvements.Select(i => sentences.Improvement(i) + ExceptionSentences.StillAnException(review.ExceptionFor(i.Metric.Id))));
        }

        if (pack.Summary is { } summary)
        {
            // The organisation's own commentary, with its own headings and recommendation.
            CommentaryMarkdown.Compose(report, summary.Page.Body);
        }
        else
        {
            report.Note("No written commentary was provided for this period; the summary above is generated from the analysis.");
            report.Paragraph(p => p.Bold("The board is asked to ")
                .Text(review.Exceptions.Count == 0
                    ? "note the position."
                    : "note the position, and to seek assurance on the recovery actions in the exception reports."));
        }

        report.PageBreak();
    }

    private static void Tiles(PdfReport report, PackContext pack)
    {
        var rows = pack.Review.Exceptions.Select(e => e.Row)
            .Concat(pack.Review.Improvements.Select(i => i.Row))
            .Take(4)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        report.Kpis([.. rows.Select(row => Tile(row, pack))]);
        report.Note("The leading exceptions, then improvements: the latest month with the SPC variation icon. "
            + "Coloured bars: blue special-cause improvement, orange concern, grey no significant change.");
    }

    private static KpiTile Tile(ScorecardRow row, PackContext pack)
    {
        var notes = new List<string>();
        if (row.Period != pack.Period)
        {
            notes.Add(row.Period.ToShortDisplay());
        }

        if (row.Plan.HasValue)
        {
            notes.Add("Plan " + PackText.Plan(row));
        }

        if (row.Target is not null)
        {
            notes.Add(PackText.Target(row, withChange: true));
        }

        if (row.Assurance != AssuranceIcon.None)
        {
            notes.Add(Wording.Assurance(row.Assurance).Label);
        }

        return new KpiTile(ExceptionSentences.Name(row.Metric), FigureFormat.Format(row.Latest, row.Metric))
        {
            Note = notes.Count > 0 ? string.Join(" · ", notes) : null,
            Status = Status(row.Variation),
            Icon = PackIcons.Variation(row.Variation, SpcIcons.VariationLabel(row.Variation)),
        };
    }

    private static PdfSharp.Drawing.XColor Status(VariationIcon icon) => icon switch
    {
        VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow => PackIcons.Colour(ChartTheme.Improvement),
        VariationIcon.ConcernHigh or VariationIcon.ConcernLow => PackIcons.Colour(ChartTheme.Concern),
        VariationIcon.NeitherHigh or VariationIcon.NeitherLow => PackIcons.Colour(ChartTheme.Neither),
        _ => NhsColours.MidGrey,
    };
}
