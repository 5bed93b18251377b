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
            return;
        report.Heading(1, "Scorecard", PackAnchors.Scorecard)
            .Paragraph(p => p.Text($"Latest month for each measure ({pack.Period.ToLongDisplay()} unless shown). Variance is actual minus plan: ")
                .Bold("green").Text(" is favourable, ").Bold("red").Text(" adverse. ")
                .Text("Trajectory / standard: the organisation's own target from targets.csv, then the national standard; a dash before the slash means the national standard is the target. ")
                .Text(PackText.RankScope(pack.Scorecard.Rows)).Text(" For measures where neither direction is better, rank 1 is the highest; Q1 is the best quarter. ")
                .Text("The icons are explained in the ").LinkTo("methodology", PackAnchors.Methodology).Text("."));
        foreach (var domain in pack.Scorecard.Domains)
        {
            report.Heading(2, Wording.DomainName(domain.Domain), bookmark: false)
                .Table(t => Table(t, domain, pack));
        }

        report.PageBreak();
    }

    static void Table(TableBuilder t, ScorecardDomain domain, PackContext pack)
    {
        // Fixed widths fit "Consistently" and "Improvement" beside their icons at 8 pt; the measure's name takes the rest.
        t.TextSize(8).Column(1f).FixedColumn(54, CellAlign.Right).FixedColumn(48, CellAlign.Right).FixedColumn(46, CellAlign.Right).FixedColumn(50, CellAlign.Right)
            .FixedColumn(76).FixedColumn(74).FixedColumn(44, CellAlign.Right);
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
