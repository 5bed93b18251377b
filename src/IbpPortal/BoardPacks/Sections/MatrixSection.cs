using IbpPortal.Analyse.Exceptions;
using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>Page 2: the variation × assurance summary matrix, each measure linked to its exception report or its chart.</summary>
internal static class MatrixSection
{
    /// <summary>The column headings, in <see cref="SummaryMatrix.Assurances"/> order.</summary>
    public static string AssuranceHeading(MatrixAssurance assurance) => assurance switch
    {
        MatrixAssurance.Pass => "Consistently passes",
        MatrixAssurance.HitAndMiss => "Hit and miss",
        MatrixAssurance.Fail => "Consistently fails",
        _ => "No target",
    };

    /// <summary>The row headings, in <see cref="SummaryMatrix.Variations"/> order.</summary>
    public static string VariationHeading(MatrixVariation variation) => variation switch
    {
        MatrixVariation.Improvement => "Improvement",
        MatrixVariation.CommonCause => "Common cause",
        MatrixVariation.Concern => "Concern",
        _ => "Neither (no better direction)",
    };

    public static void Compose(PdfReport report, PackContext pack)
    {
        var matrix = pack.Review.Matrix;
        report.Heading(1, "Summary of measures", PackAnchors.Matrix)
            .Paragraph(p => p.Text("Each measure sits in one cell: its SPC variation (rows) against its assurance of meeting the target (columns), "
                + $"as in NHS England's \"Making Data Count\" summary icons. {pack.Review.Exceptions.Count} measures are exceptions and have an ")
                .LinkTo("exception report", pack.Review.Exceptions.Count > 0 ? PackAnchors.Exceptions : PackAnchors.Methodology)
                .Text("; a name links to that report, or to the measure's chart. Measures in the concern row or the fails column need the board's attention first."));
        if (matrix.Count == 0)
        {
            report.Paragraph("No measure has enough figures to chart this month.");
            return;
        }

        report.Table(t =>
        {
            // Columns widen with the most measures any of their cells holds, so a crowded "no target" column does not run down the page;
            // every column keeps room for its heading's longest word ("Consistently"), which would otherwise break inside the word.
            t.TextSize(9).RowHeaders().FixedColumn(96);
            foreach (var assurance in SummaryMatrix.Assurances)
            {
                t.Column(1.4f + Math.Min(1.1f, 0.15f * SummaryMatrix.Variations.Max(v => matrix.Cell(v, assurance).Count)));
            }

            t.Header(["Variation", .. SummaryMatrix.Assurances.Select(AssuranceHeading)]);
            foreach (var variation in SummaryMatrix.Variations)
            {
                var cells = new List<TableCell> { new(VariationHeading(variation)) { Bold = true, Icon = PackIcons.Variation(Icon(variation)) } };
                foreach (var assurance in SummaryMatrix.Assurances)
                {
                    cells.Add(Cell(matrix.Cell(variation, assurance), pack));
                }

                t.Row([.. cells]);
            }
        });
        if (matrix.PartsOfRates.Count > 0)
        {
            report.Note("Not placed: counts judged through the rate they make up, and charted in their domain section: "
                + string.Join("; ", matrix.PartsOfRates.Select(r => $"{r.Metric.Name}, part of {RateOf(pack, r.Metric.Id)}")) + ".");
        }

        if (matrix.Uncharted.Count > 0)
        {
            report.Note("Not charted (too few figures): " + string.Join("; ", matrix.Uncharted.Select(r => r.Metric.Name)) + ".");
        }
    }

    private static string RateOf(PackContext pack, string numerator) =>
        pack.Scorecard.Rows.FirstOrDefault(r => r.Metric.Numerator == numerator && r.Latest.HasValue)?.Metric.Name is { } name ? Wording.InSentence(name) : numerator;

    private static TableCell Cell(IReadOnlyList<Analyse.ScorecardRow> rows, PackContext pack)
    {
        if (rows.Count == 0)
        {
            return new TableCell(PackText.None);
        }

        var text = string.Join("\n", rows.Select(r => "• " + r.Metric.Name));
        return TableCell.Rich(text, p =>
        {
            for (int i = 0; i < rows.Count; i++)
            {
                p.Text(i > 0 ? "\n• " : "• ");
                p.LinkTo(rows[i].Metric.Name, pack.AnchorOf(rows[i].Metric.Id));
            }
        });
    }

    /// <summary>The icon that stands for a matrix row (the high form where there are two).</summary>
    internal static VariationIcon Icon(MatrixVariation variation) => variation switch
    {
        MatrixVariation.Improvement => VariationIcon.ImprovementHigh,
        MatrixVariation.Concern => VariationIcon.ConcernHigh,
        MatrixVariation.Neither => VariationIcon.NeitherHigh,
        _ => VariationIcon.CommonCause,
    };
}
