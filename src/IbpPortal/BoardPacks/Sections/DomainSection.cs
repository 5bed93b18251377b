using IbpPortal.Analyse;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Charts;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>One domain's section: for each measure a heading, a line of commentary and its SPC chart.</summary>
internal sealed class DomainSection(ScorecardDomain domain) : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        report.Heading(1, Wording.DomainName(domain.Domain), PackAnchors.Domain(domain.Domain))
            .Note("In each chart: the solid black line is the mean; the grey dashed lines are the process limits; the red dashed line is the target. "
                + "Orange points are special cause concern, blue improvement, purple neither; grey points are common cause variation.");
        foreach (var row in domain.Rows)
        {
            report.Heading(2, row.Metric.Name);
            report.Paragraph(p =>
            {
                if (PackText.Illustrative(row.Metric))
                    p.Italic("Illustrative (synthetic) figures. ");
                p.Text(PackText.MeasureCommentary(row, pack.Period, SpcNarrative.CurrentSegment(
                    pack.Analysis.Spc(pack.Org.Code, row.Metric.Id), row.Metric, pack.Analysis.RebasesOf(pack.Org.Code, row.Metric.Id))));
            }, keepWithNext: pack.Charts.Spc(row.Metric.Id) is not null);
            if (pack.Charts.Spc(row.Metric.Id) is { } chart)
            {
                var caption = $"SPC chart of {row.Metric.Name}, {pack.Org.Name}: {SpcIcons.VariationLabel(row.Variation).ToLowerInvariant()}"
                    + (row.Assurance == Analyse.Spc.AssuranceIcon.None ? "." : $"; {SpcIcons.AssuranceLabel(row.Assurance).ToLowerInvariant()}.");
                report.Figure(pack.Charts.Pdf, chart.Page, chart.AltText, caption);
            }
        }

        report.PageBreak();
    }
}
