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
            .Where(s => s.Baseline is not null && s.All.Any(p => p.IsAdjusted || p.TargetAtHorizon is not null))
            .ToList();
        if (sets.Count == 0 || pack.Analysis.Scenarios.Count == 0)
        {
            return;
        }

        report.Heading(1, "Scenarios", "scenarios")
            .Paragraph("Every projection starts from the latest actual month. The baseline is each measure's recent level with its seasonal pattern (the same month last year, scaled to the latest 12 months' level), "
                + "with a damped trend only where two years of figures show a steady one. Each planning scenario's assumed annual change compounds monthly on that baseline; a percentage made from two counts is worked out from their projections. "
                + "A scenario that does not change a measure is left out of its rows. The projections are illustrations of what the assumptions imply, not forecasts.")
            .List(false, list =>
            {
                foreach (var s in pack.Analysis.Scenarios)
                {
                    list.Item(p => p.Bold(s.Name + ": ").Text(s.Description));
                }
            })
            .Table(t =>
            {
                // The measure is each row's header, named in every row so that a screen reader hears it with each scenario.
                t.TextSize(9).RowHeaders().Column(2f).Column(1.8f).Column(1f).Column(1.2f, CellAlign.Right).Column(0.9f, CellAlign.Right).Column(0.9f, CellAlign.Right).Column(1.2f, CellAlign.Right);
                t.Header("Measure", "Scenario", "Horizon", "Projected", "Plan", "Target", "Gap to target");
                foreach (var set in sets)
                {
                    bool first = true;
                    foreach (var projection in set.All.Where(p => p.IsBaseline || p.IsAdjusted))
                    {
                        var m = set.Metric;
                        var change = projection.IsBaseline ? string.Empty : $" ({IbpPortal.Sections.ProjectionWording.Assumption(projection, m, pack.Analysis)})";
                        t.Row(new TableCell(m.Name) { Bold = first },
                            projection.Name + change,
                            projection.AtHorizon.Period.ToShortDisplay(),
                            FigureFormat.Format(projection.AtHorizon.Value, m),
                            projection.PlanAtHorizon is { } plan ? FigureFormat.Format(plan, m) : PackText.None,
                            projection.TargetAtHorizon is { } target ? FigureFormat.Format(target, m) : PackText.None,
                            PackText.GapCell(projection.GapToTarget, m));
                        first = false;
                    }
                }
            });
        report.PageBreak();
    }
}
