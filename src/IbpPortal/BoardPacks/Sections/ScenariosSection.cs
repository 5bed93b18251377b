using IbpPortal.BoardPacks.Layout;
using IbpPortal.Analyse;

namespace IbpPortal.BoardPacks.Sections;

/// <summary>The scenarios: for each measure a scenario moves or a target judges, the projected value and gap to target at the horizon under each.</summary>
internal sealed class ScenariosSection : IPackSection
{
    /// <inheritdoc />
    public void Compose(PdfReport report, PackContext pack)
    {
        var sets = pack.Scorecard.Rows
            .Select(r => pack.Analysis.Projections(pack.Org.Code, r.Metric.Id))
            .Where(s => s.Baseline is not null && s.All.Any(p => p.AnnualChangePercent != 0 || p.TargetAtHorizon is not null))
            .ToList();
        if (sets.Count == 0 || pack.Analysis.Scenarios.Count == 0)
            return;
        report.Heading(1, "Scenarios", "scenarios")
            .Paragraph("Each measure's trend over the last 12 months is carried forward (\"current trend\") and adjusted by each planning scenario's assumed annual change; a scenario that does not change a measure is left out of its rows. "
                + "The projections are illustrations of what the assumptions imply, not forecasts.")
            .List(false, list =>
            {
                foreach (var s in pack.Analysis.Scenarios)
                    list.Item(p => p.Bold(s.Name + ": ").Text(s.Description));
            })
            .Table(t =>
            {
                t.TextSize(9).Column(2.3f).Column(1.5f).Column(0.9f).Column(1.2f, CellAlign.Right).Column(1f, CellAlign.Right).Column(1.5f, CellAlign.Right);
                t.Header("Measure", "Scenario", "Horizon", "Projected", "Target", "Gap to target");
                foreach (var set in sets)
                {
                    bool first = true;
                    foreach (var projection in set.All.Where(p => p.IsBaseline || p.AnnualChangePercent != 0))
                    {
                        var m = set.Metric;
                        var change = projection.IsBaseline || projection.AnnualChangePercent == 0 ? string.Empty
                            : FormattableString.Invariant($" ({projection.AnnualChangePercent:+0.#;-0.#}% a year)");
                        t.Row(new TableCell(first ? m.Name : string.Empty) { Bold = first },
                            projection.Name + change,
                            projection.AtHorizon.Period.ToShortDisplay(),
                            FigureFormat.Format(projection.AtHorizon.Value, m),
                            projection.TargetAtHorizon is { } target ? FigureFormat.Format(target, m) : PackText.None,
                            PackText.GapCell(projection.GapToTarget, m));
                        first = false;
                    }
                }
            });
        report.PageBreak();
    }
}
