using IbpPortal.Analyse;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>The scorecard: every measure by domain with latest, plan, variance, target, variation and assurance (symbol and words), rank and quartile.</summary>
internal sealed class ScorecardSection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        if (pack.Scorecard.Domains.Count == 0)
        {
            return;
        }

        report.Heading(1, "Scorecard", PackAnchors.Scorecard)
            .Paragraph(p => p.Text($"Latest month for each measure ({pack.Period.ToLongDisplay()} unless shown). Variance is actual minus plan, marked ")
                .Bold("favourable").Text(" (green) or ").Bold("adverse").Text(" (red) in words as well as colour. ")
                .Text("Trajectory / standard: the organisation's own target from targets.csv, then the national standard; a dash before the slash means the national standard is the target. ")
                .Text(PackText.RankScope(pack.Scorecard.Rows)).Text(" For measures where neither direction is better, rank 1 is the highest; Q1 is the best quarter. ")
                .Text("The icons are explained in the ").LinkTo("methodology", PackAnchors.Methodology).Text("."));
        foreach (var domain in pack.Scorecard.Domains)
        {
            report.Heading(2, Wording.DomainName(domain.Domain), bookmark: false)
                .Table(t => Table(t, domain, pack));
        }

        Ownership(report, pack);
        report.PageBreak();
    }

    /// <summary>Each measure's executive lead, committee and data-quality rating; "not assessed" where quality.csv has none.</summary>
    private static void Ownership(PdfReport report, PackContext pack)
    {
        report.Heading(2, "Ownership and data quality", bookmark: false)
            .Paragraph("The executive lead and board committee for each measure, and its data-quality rating on timeliness, completeness, validation and process.")
            .Table(t =>
            {
                t.TextSize(9).RowHeaders().Column(1.3f).Column(1f).Column(1.1f).Column(1.6f);
                t.Header("Measure", "Executive lead", "Committee", "Data quality");
                foreach (var row in pack.Scorecard.Rows)
                {
                    t.Row(row.Metric.Name, row.Metric.ExecutiveLead ?? "not declared", row.Metric.Committee ?? "not declared",
                        pack.Analysis.Quality(pack.Org.Code, row.Metric.Id)?.Summary ?? "not assessed");
                }
            });
    }

    private static void Table(TableBuilder t, ScorecardDomain domain, PackContext pack)
    {
        // Eight columns at 9 pt (the smallest size a board reads comfortably), 4 pt from each cell's edge. The fixed widths
        // fit "2,546.8 WTE" on one line above its month, "128 of 135" above "Eng. Q4", "(favourable)" under a variance,
        // "Trajectory" as a heading, and "Common cause" and "Consistently" under their icons; the measure's name takes
        // the rest, about 81 pt of text, three lines at most.
        t.TextSize(9).CellPadding(4).RowHeaders().Column(1f).FixedColumn(61, CellAlign.Right).FixedColumn(42, CellAlign.Right)
            .FixedColumn(57, CellAlign.Right).FixedColumn(52, CellAlign.Right).FixedColumn(72, iconAbove: true).FixedColumn(58, iconAbove: true)
            .FixedColumn(51, CellAlign.Right);
        t.Header("Measure", "Latest", "Plan", "Variance", "Trajectory / standard", "Variation", "Assurance", "Rank");
        var scale = Wording.MoneyScaleOf(domain.Rows);
        foreach (var row in domain.Rows)
        {
            t.Row(
                new TableCell(row.Metric.Name + (PackText.Illustrative(row.Metric) ? " (illustrative)" : string.Empty)),
                new TableCell(PackText.Latest(row, pack.Period, scale)) { Bold = true },
                PackText.Plan(row, scale),
                PackText.VarianceCell(row, scale),
                PackText.TargetCell(row),
                PackText.VariationCell(row.Variation),
                PackText.AssuranceCell(row.Assurance),
                PackText.Rank(row));
        }
    }
}
