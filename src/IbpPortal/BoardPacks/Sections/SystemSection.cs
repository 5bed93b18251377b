using IbpPortal.Analyse;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>For an ICB's system pack: each headline measure for the system and for each of its trusts side by side.</summary>
internal sealed class SystemSection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var trusts = pack.Analysis.TrustsOf(pack.Org.Code);
        if (!pack.IsIcb || trusts.Count == 0 || pack.Headlines.Count == 0)
        {
            return;
        }

        report.Heading(1, "The system and its trusts", "system")
            .Paragraph($"The system figure for each headline measure and the figure of each of the {trusts.Count} trusts beside it, {pack.Period.ToLongDisplay()} unless shown. "
                + "Trusts' ranks are among this portal's trusts, or, where marked \"Eng.\", among the acute trusts in England in NHS England's published figures.");
        foreach (var system in pack.Headlines)
        {
            var metric = system.Metric;
            // Named apart from the measure's chart heading in its domain chapter, so no two H2s of the pack read the same.
            report.Heading(2, metric.Name + ": system and trusts", bookmark: false)
                .Table(t =>
                {
                    // 4 pt from each cell's edge, so that "128 of 135" and "Improvement" beside its icon fit on a line and a
                    // trust's name keeps about 99 pt.
                    t.TextSize(9).CellPadding(4).RowHeaders().Column(1f).FixedColumn(56, CellAlign.Right).FixedColumn(48, CellAlign.Right)
                        .FixedColumn(66, CellAlign.Right).FixedColumn(78).FixedColumn(76).FixedColumn(51, CellAlign.Right);
                    t.Header("Organisation", "Latest", "Plan", "Variance", "Variation", "Assurance", "Rank");
                    t.Row(Cells(system, $"{pack.Org.Name} (system)", pack, bold: true));
                    foreach (var trust in trusts)
                    {
                        var row = pack.Analysis.Scorecard(trust.Code).Rows.FirstOrDefault(r => r.Metric.Id == metric.Id);
                        if (row is null)
                        {
                            t.Row(trust.Name, "no data", PackText.None, PackText.None, PackText.None, PackText.None, PackText.None);
                        }
                        else
                        {
                            t.Row(Cells(row, trust.Name, pack, bold: false));
                        }
                    }
                })
                .Note(Wording.Aggregation(metric, id => pack.Analysis.FindMetric(id)?.Name ?? id) + ".");
        }

        report.PageBreak();
    }

    private static TableCell[] Cells(ScorecardRow row, string name, PackContext pack, bool bold) =>
    [
        new TableCell(name) { Bold = bold },
        new TableCell(PackText.Latest(row, pack.Period)) { Bold = bold },
        PackText.Plan(row),
        PackText.VarianceCell(row),
        PackText.VariationCell(row.Variation),
        PackText.AssuranceCell(row.Assurance),
        PackText.Rank(row),
    ];
}
