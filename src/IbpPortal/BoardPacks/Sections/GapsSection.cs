using IbpPortal.BoardPacks.Layout;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>Gaps against plan (month and year to date), against target and between capacity and demand, then the plan coherence findings.</summary>
internal sealed class GapsSection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var gaps = pack.Scorecard.Rows
            .Select(r => pack.Analysis.Gaps(pack.Org.Code, r.Metric.Id))
            .Where(g => g.PlanMonth is not null || g.PlanYearToDate is not null || g.Target is not null || g.LatestDemandCapacity is not null)
            .ToList();
        var findings = pack.Coherence?.For(pack.Org.Code);
        if (gaps.Count == 0 && findings is null)
        {
            return;
        }

        report.Heading(1, "Gaps against plan and target", PackAnchors.Gaps);
        if (gaps.Count == 0)
        {
            report.Paragraph("No measure has both an actual and a plan or target to compare.");
        }
        else
        {
            report.Paragraph($"Each gap is the actual minus what it is compared with, in the measure's unit (percentage points for percentages). "
                + $"The year to date runs from {pack.Period.FinancialYearStart.ToShortDisplay()}. Capacity against demand compares a capacity measure with the demand it is meant to meet.")
                .Table(t =>
                {
                    t.TextSize(9).Column(2.4f).Column(1.5f, CellAlign.Right).Column(1.5f, CellAlign.Right).Column(1.5f, CellAlign.Right).Column(1.5f, CellAlign.Right);
                    t.Header("Measure", "Month against plan", "Year to date against plan", "Against target", "Capacity against demand");
                    foreach (var g in gaps)
                    {
                        var name = g.Metric.Name + (g.AsAt is { } at && at != pack.Period ? $" ({at.ToShortDisplay()})" : string.Empty);
                        t.Row(new TableCell(name), PackText.GapCell(g.PlanMonth, g.Metric), PackText.GapCell(g.PlanYearToDate, g.Metric),
                            PackText.GapCell(g.Target, g.Metric), PackText.GapCell(g.LatestDemandCapacity, g.Metric));
                    }
                });
        }

        if (findings is not null)
        {
            report.Heading(2, "Plan coherence");
            if (findings.Count == 0 && pack.Coherence!.Rules.Count == 0)
            {
                report.Paragraph("No coherence rules are declared, so the plans have not been checked.");
            }
            else if (findings.Count == 0)
            {
                report.Paragraph($"No findings: the plans agree with each other and with their targets under the {pack.Coherence!.Rules.Count} rules checked, at these thresholds:")
                    .List(false, list =>
                    {
                        foreach (var rule in pack.Coherence.Rules)
                        {
                            list.Item(p => p.Bold(Coherence.CoherenceCodes.Title(rule.Kind) + ": ").Text(Coherence.CoherenceSetting.Describe(rule, pack.Analysis) + "."));
                        }
                    });
            }
            else
            {
                report.Paragraph($"{findings.Count} ways in which the plan does not hang together, each naming the data lines involved. Check them with the plan's owners.")
                    .List(false, list =>
                    {
                        foreach (var f in findings)
                        {
                            list.Item(p => p.Bold(string.Join(", ", f.Metrics.Select(m => pack.Analysis.FindMetric(m)?.Name ?? m)) + ": ").Text($"{f.Message} ({f.Rule.Name}: {Coherence.CoherenceSetting.Describe(f.Rule, pack.Analysis)}; {f.LocationSummary})."));
                        }
                    });
            }
        }

        report.PageBreak();
    }
}
