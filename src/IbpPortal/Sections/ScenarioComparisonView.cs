using IbpPortal.Analyse;
using IbpPortal.Charts;
using IbpPortal.Model;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>The scenarios page's chart for one measure: every organisation's baseline and scenario projections at the horizon against its plan and target.</summary>
internal static class ScenarioComparisonView
{
    /// <summary>The chart slot; null when no organisation has projections for the measure.</summary>
    /// <param name="moving">The indexes (in <c>scenarios.yml</c> order) of the scenarios that move the measure.</param>
    public static ChartView? Build(AnalysisModel analysis, Metric metric, IReadOnlyList<int> moving)
    {
        var names = new List<string> { Analyse.Scenarios.ScenarioProjector.BaselineName };
        names.AddRange(moving.Select(i => analysis.Scenarios[i].Name));
        var rows = new List<ScenarioComparisonRow>();
        var table = new List<IReadOnlyList<string>>();
        Period? horizon = null;
        foreach (var org in analysis.Organisations)
        {
            var set = analysis.Projections(org.Code, metric.Id);
            if (set.Baseline is not { } baseline)
            {
                continue;
            }

            horizon ??= baseline.AtHorizon.Period;
            var projected = new List<double?> { baseline.AtHorizon.Value };
            projected.AddRange(moving.Select(i => i < set.Scenarios.Count ? set.Scenarios[i].AtHorizon.Value : (double?)null));
            rows.Add(new ScenarioComparisonRow(org.Name, baseline.Start.Value, projected, baseline.PlanAtHorizon, baseline.TargetAtHorizon));
            table.Add(
            [
                org.Name,
                FigureFormat.Format(baseline.Start.Value, metric),
                .. projected.Select(v => v is { } x ? FigureFormat.Format(x, metric) : "—"),
                baseline.PlanAtHorizon is { } plan ? FigureFormat.Format(plan, metric) : "none",
                baseline.TargetAtHorizon is { } target ? FigureFormat.Format(target, metric) : "none",
            ]);
        }

        if (rows.Count == 0 || horizon is not { } month)
        {
            return null;
        }

        var data = new ScenarioComparisonData($"{metric.Name} by {month.ToShortDisplay()}", metric, names, month, rows);
        var id = $"scenarios-{metric.Id}";
        var description = ScenarioComparisonBuilder.Describe(data);
        var drawing = ScenarioComparisonBuilder.Build(data, ChartTheme.WebSize.Width);
        return new ChartView(id, drawing.Title, description, ChartMarkup.Svg(drawing, id, description),
            ["Organisation", "Latest", .. names.Select(n => $"{n} by {month.ToShortDisplay()}"), "Plan then", "Target then"], table, null, true,
            NarrowSvg: ChartMarkup.NarrowSvg(ScenarioComparisonBuilder.Build(data, PhoneChart.Size.Width), id, description));
    }
}
