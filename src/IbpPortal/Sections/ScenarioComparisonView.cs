using IbpPortal.Analyse;
using IbpPortal.Charts;
using IbpPortal.Model;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>The scenarios page's chart for one measure: every organisation's baseline and scenario projections at the horizon against its plan and target.</summary>
/// <remarks>
/// A chart names every row it draws, so it can hold only so many before the names overlap. When more organisations
/// have projections than that (a national portal has hundreds), the chart compares the integrated care boards alone,
/// says so in its description, and the table beneath still lists every organisation.
/// </remarks>
internal static class ScenarioComparisonView
{
    /// <summary>The most rows whose names stay legible at both chart sizes (24 px a row wide, 32 px on a phone, up to 1,400 px tall).</summary>
    internal const int MostReadableRows = 40;

    /// <summary>The chart slot; null when no organisation has projections for the measure.</summary>
    /// <param name="moving">The indexes (in <c>scenarios.yml</c> order) of the scenarios that move the measure.</param>
    public static ChartView? Build(AnalysisModel analysis, Metric metric, IReadOnlyList<int> moving)
    {
        var names = new List<string> { Analyse.Scenarios.ScenarioProjector.BaselineName };
        names.AddRange(moving.Select(i => analysis.Scenarios[i].Name));
        var rows = new List<ScenarioComparisonRow>();
        var systems = new List<ScenarioComparisonRow>();
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
            var row = new ScenarioComparisonRow(org.Name, baseline.Start.Value, projected, baseline.PlanAtHorizon, baseline.TargetAtHorizon);
            rows.Add(row);
            if (org.Type == OrgType.Icb)
            {
                systems.Add(row);
            }

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

        var systemsOnly = rows.Count > MostReadableRows && systems.Count is > 0 and <= MostReadableRows;
        var title = systemsOnly ? $"{metric.Name} by {month.ToShortDisplay()}, integrated care boards" : $"{metric.Name} by {month.ToShortDisplay()}";
        var data = new ScenarioComparisonData(title, metric, names, month, systemsOnly ? systems : rows);
        var id = $"scenarios-{metric.Id}";
        var description = systemsOnly
            ? $"The chart shows the {systems.Count} integrated care boards; the table lists all {rows.Count} organisations. {ScenarioComparisonBuilder.Describe(data)}"
            : ScenarioComparisonBuilder.Describe(data);
        var drawing = ScenarioComparisonBuilder.Build(data, ChartTheme.WebSize.Width);
        return new ChartView(id, drawing.Title, description, ChartMarkup.Svg(drawing, id, description),
            ["Organisation", "Latest", .. names.Select(n => $"{n} by {month.ToShortDisplay()}"), "Plan then", "Target then"], table, null, true,
            NarrowSvg: ChartMarkup.NarrowSvg(ScenarioComparisonBuilder.Build(data, PhoneChart.Size.Width), id, description));
    }
}
