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
            .Note("In each chart, named in its key: the solid black line is the mean; the grey dotted lines are the process limits; the red long-dashed line is the target; "
                + "the green dash-dot line is the plan; a solid vertical line marks a re-base, with its reason. "
                + "Orange points are special cause concern, blue improvement, purple neither; grey points are common cause variation. The icons beside each chart say the same in words.");
        foreach (var row in domain.Rows)
        {
            report.Heading(2, row.Metric.Name, PackAnchors.Measure(row.Metric.Id), bookmark: true, inContents: false);
            report.Paragraph(p =>
            {
                if (PackText.Illustrative(row.Metric))
                {
                    p.Italic("Illustrative (synthetic) figures. ");
                }

                p.Text(PackText.MeasureCommentary(row, pack.Period, SpcNarrative.CurrentSegment(
                    pack.Analysis.Spc(pack.Org.Code, row.Metric.Id), row.Metric, pack.Analysis.RebasesOf(pack.Org.Code, row.Metric.Id))));
            }, keepWithNext: pack.Charts.Spc(row.Metric.Id) is not null);
            // The paragraph above is the chart's visible description and the alt text its spoken one; no caption repeats them.
            if (pack.Charts.Spc(row.Metric.Id) is { } chart)
            {
                report.Figure(pack.Charts.Pdf, chart.Page, chart.AltText, PackIcons.BesideChart(row.Variation, row.Assurance));
            }
        }

        report.PageBreak();
    }
}
