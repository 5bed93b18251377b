using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>Appendix A: how the figures are analysed — SPC, the icons, ranks and quartiles, ICB figures, gaps and scenarios — in plain English.</summary>
internal sealed class MethodologyAppendix : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        report.Heading(1, "Appendix A: methodology", PackAnchors.Methodology)
            .Heading(2, "Statistical process control", bookmark: false)
            .Paragraph("Each chart is an XmR chart. The centre line is the mean; the process limits sit 2.66 average moving ranges either side of it, "
                + "where nearly all values fall if nothing has changed. A value outside the limits, a run of 7 on one side of the mean, a run of 6 rising or falling, "
                + "or 2 of 3 values close to a limit is special cause variation: a real change worth explaining. Anything else is common cause variation, "
                + "the normal noise of the process, which a board should not react to month by month. Limits are worked out afresh after a known change in the process (a re-base). "
                + "Fewer than 13 values since a re-base give provisional limits.")
            .Heading(2, "Making Data Count icons", bookmark: false)
            .Paragraph("The variation icon says what the latest value shows; the assurance icon says whether the target will be met if the process carries on as it is. "
                + "Each icon has a letter or shape as well as a colour, and its words are always printed beside it.")
            .Table(t =>
            {
                t.Column(1.6f).Column(3.4f);
                t.Header("Icon", "Meaning");
                foreach (var icon in new[] { VariationIcon.CommonCause, VariationIcon.ImprovementHigh, VariationIcon.ImprovementLow, VariationIcon.ConcernHigh, VariationIcon.ConcernLow, VariationIcon.NeitherHigh, VariationIcon.NeitherLow })
                {
                    t.Row(PackText.VariationCell(icon), Wording.Variation(icon).Sentence + ".");
                }

                foreach (var icon in new[] { AssuranceIcon.Pass, AssuranceIcon.Fail, AssuranceIcon.HitAndMiss, AssuranceIcon.None })
                {
                    t.Row(PackText.AssuranceCell(icon), Wording.Assurance(icon).Sentence + ".");
                }
            })
            .Heading(2, "Ranks and quartiles", bookmark: false)
            .Paragraph("Trusts are ranked among trusts and ICBs among ICBs, for the month shown, with 1 the best (or, where neither direction is better, the highest). "
                + "Every rank, quartile and median names what it is among: the organisations in this portal (not England) unless it says otherwise. "
                + "Only measures comparable across organisations of different size are ranked: percentages, rates, ratios and volumes divided by a declared size measure. "
                + $"Volumes (counts, £, WTE) are shown but not ranked, and no rank or quartile is given among fewer than {Model.Metric.MinimumRankedPeers} organisations. "
                + "Quartiles split the ranked organisations into four groups; Q1 is the best quarter. Organisations without a figure are not ranked.")
            .Heading(2, "ICB figures", bookmark: false)
            .Paragraph("An ICB's figure is worked out from its trusts' figures unless the ICB reports its own, by each measure's declared rule, below. "
                + "If any trust has no figure for a month, the ICB has none for that month rather than a misleading partial total.")
            .Table(t =>
            {
                t.TextSize(9).RowHeaders().Column(1.6f).Column(3.4f);
                t.Header("Measure", "How the ICB figure is made");
                foreach (var metric in pack.Scorecard.Rows.Select(r => r.Metric))
                {
                    t.Row(metric.Name, Wording.Aggregation(metric, id => pack.Analysis.FindMetric(id)?.Name ?? id) + ".");
                }
            })
            .Heading(2, "Gaps, plans and scenarios", bookmark: false)
            .Paragraph("A gap is the actual minus the plan, target or demand, in the measure's unit; for percentages it is in percentage points. "
                + "The year to date adds up months from April (or, for rates and percentages, works them out over the months together). "
                + "Scenarios start from the latest actual month; the baseline is the same month last year scaled to the latest 12 months' level, with a damped trend only where two years show a steady one, "
                + "and each scenario's assumed annual change compounds monthly on it. A percentage made from two counts is worked out from their projections.")
            .PageBreak();
    }
}
