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
        // Charts two to a row (composition rule 7); a measure without a chart keeps its heading and words at full width.
        var pending = new List<ChartCell>();
        foreach (var row in domain.Rows)
        {
            if (pack.Charts.Spc(row.Metric.Id) is { } chart)
            {
                pending.Add(new ChartCell(row.Metric.Name, PackAnchors.Measure(row.Metric.Id), Description(row, pack), pack.Charts.Pdf, chart.Page, chart.AltText,
                    PackIcons.BesideChart(row.Variation, row.Assurance)));
                if (pending.Count == 2)
                {
                    Flush(report, pending);
                }

                continue;
            }

            report.Heading(2, row.Metric.Name, PackAnchors.Measure(row.Metric.Id), bookmark: true, inContents: false);
            report.Paragraph(p =>
            {
                foreach (var run in Description(row, pack))
                {
                    _ = run.Italic ? p.Italic(run.Text) : p.Text(run.Text);
                }
            });
        }

        Flush(report, pending);
        report.PageBreak();
    }

    private static void Flush(PdfReport report, List<ChartCell> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        report.ChartPair([.. pending]);
        pending.Clear();
    }

    // The chart's visible description; the alt text is its spoken one, and no caption repeats them.
    private static List<InlineRun> Description(ScorecardRow row, PackContext pack)
    {
        var runs = new List<InlineRun>();
        if (PackText.Illustrative(row.Metric))
        {
            runs.Add(new InlineRun("Illustrative (synthetic) figures. ", Italic: true));
        }

        runs.Add(new InlineRun(PackText.MeasureCommentary(row, pack.Period, SpcNarrative.CurrentSegment(
            pack.Analysis.Spc(pack.Org.Code, row.Metric.Id), row.Metric, pack.Analysis.RebasesOf(pack.Org.Code, row.Metric.Id)))));
        return runs;
    }
}
