using IbpPortal.Analyse.Exceptions;
using IbpPortal.BoardPacks.Layout;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>One report of about half a page per exception, most severe first: its figures and icons, SPC chart, what the chart tells us, and the organisation's narrative.</summary>
internal sealed class ExceptionReportsSection : IPackSection
{
    /// <summary>The chart's share of the content width, so two reports fit a page.</summary>
    private const double ChartWidth = 0.55;

    /// <summary>Shown where an exception has no narrative file.</summary>
    public const string NoNarrative = "No narrative provided.";

    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var exceptions = pack.Review.Exceptions;
        if (exceptions.Count == 0)
        {
            return;
        }

        report.Heading(1, "Exception reports", PackAnchors.Exceptions)
            .Paragraph($"One report for each of the {exceptions.Count} exceptions, most serious first. Each gives the measure's figures and icons, its SPC chart, "
                + $"what the chart tells us, and the recovery narrative from input/board-packs/{pack.Org.Code}/{pack.Period}/.");
        // The figures, icons, reading and chart of a report stay together; its narrative flows on after them, so a long
        // narrative continues on the next page rather than pushing the whole report there and leaving a page almost empty.
        foreach (var finding in exceptions)
        {
            report.KeepTogether(r => Report(r, pack, finding));
            Narrative(report, pack, finding.Row.Metric.Id);
        }

        report.PageBreak();
    }

    private static void Report(PdfReport report, PackContext pack, ExceptionFinding finding)
    {
        var row = finding.Row;
        var id = row.Metric.Id;
        // Named apart from the measure's chart heading in its domain chapter, so no two H2s of the pack read the same.
        report.Heading(2, ExceptionSentences.Name(row.Metric) + ": exception report", PackAnchors.Exception(id), bookmark: true, inContents: false);
        report.Table(t =>
        {
            // The target as the scorecard gives it ("76.0% / 78.0%": trajectory / national standard), which fits its column;
            // the reading below names both in words.
            t.TextSize(9).RowHeaders().Column(1f).FixedColumn(66, CellAlign.Right).FixedColumn(66, CellAlign.Right).FixedColumn(46, CellAlign.Right)
                .FixedColumn(82).FixedColumn(80);
            t.Header("Why an exception", "Latest", "Trajectory / standard", "Plan", "Variation", "Assurance");
            t.Row(
                new TableCell(string.Join("; ", finding.Reasons.Select(ExceptionWords.Reason))),
                new TableCell(PackText.Latest(row, pack.Period)) { Bold = true },
                PackText.TargetCell(row),
                PackText.Plan(row),
                PackText.VariationCell(row.Variation),
                PackText.AssuranceCell(row.Assurance));
        });
        report.Paragraph(p => p.Bold("Executive lead: ").Text(row.Metric.ExecutiveLead ?? "not declared")
            .Bold(" · Committee: ").Text(row.Metric.Committee ?? "not declared")
            .Bold(" · Data quality: ").Text(pack.Analysis.Quality(pack.Org.Code, id)?.Summary ?? "not assessed"));
        report.Paragraph(p => p.Bold("What the chart tells us"), keepWithNext: true);
        report.Bullets(ChartReading.Lines(pack, finding));
        if (pack.Charts.Spc(id) is { } chart)
        {
            report.Figure(pack.Charts.Pdf, chart.Page, chart.AltText, PackIcons.BesideChart(row.Variation, row.Assurance), ChartWidth);
        }
    }

    private static void Narrative(PdfReport report, PackContext pack, string metric)
    {
        report.Paragraph(p => p.Bold("Recovery narrative"), keepWithNext: true);
        if (!pack.Narratives.TryGetValue(metric, out var narrative))
        {
            report.Paragraph(p => p.Italic(NoNarrative + " ").Text($"The organisation has not written input/board-packs/{pack.Org.Code}/{pack.Period}/{metric}.md."));
            return;
        }

        report.Paragraph(p => p.Bold("Owner: ").Text(narrative.Owner ?? "not named").Bold(" · Expected recovery: ").Text(narrative.Recovery ?? "not given"));
        if (narrative.Body.Trim().Length > 0)
        {
            CommentaryMarkdown.Compose(report, narrative.Body);
        }

        Items(report, "Actions", narrative.Actions);
        Items(report, "Risks", narrative.Risks);
    }

    private static void Items(PdfReport report, string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        report.Paragraph(p => p.Bold(label + ":"), keepWithNext: true);
        report.Bullets(items);
    }
}
