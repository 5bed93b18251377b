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
                    t.Row(PackText.VariationCell(icon), Wording.Variation(icon).Sentence + ".");
                foreach (var icon in new[] { AssuranceIcon.Pass, AssuranceIcon.Fail, AssuranceIcon.HitAndMiss, AssuranceIcon.None })
                    t.Row(PackText.AssuranceCell(icon), Wording.Assurance(icon).Sentence + ".");
            })
            .Heading(2, "Ranks and quartiles", bookmark: false)
            .Paragraph("Trusts are ranked among trusts and ICBs among ICBs, for the month shown, with 1 the best (or, where neither direction is better, the highest). "
                + "Quartiles split the ranked organisations into four equal groups; Q1 is the best quarter. Organisations without a figure are not ranked.")
            .Heading(2, "ICB figures", bookmark: false)
            .Paragraph("An ICB's figure is worked out from its trusts' figures unless the ICB reports its own: counts and money are added up, "
                + "and a percentage is worked out from the trusts' combined counts (a ratio of sums, not an average of percentages). "
                + "If any trust has no figure for a month, the ICB has none for that month rather than a misleading partial total.")
            .Heading(2, "Gaps, plans and scenarios", bookmark: false)
            .Paragraph("A gap is the actual minus the plan, target or demand, in the measure's unit; for percentages it is in percentage points. "
                + "The year to date adds up months from April (or, for rates and percentages, works them out over the months together). "
                + "Scenarios carry the last 12 months' trend forward and apply each scenario's assumed annual change, compounded monthly.")
            .PageBreak();
    }
}
