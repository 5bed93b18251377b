using IbpPortal.Analyse.Series;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Lays out a scenario chart: the last twelve actual months, then one dashed line per scenario from the last actual to the horizon.</summary>
public static class ScenarioChartBuilder
{
    /// <summary>How many actual months are shown before the projections.</summary>
    public const int ActualMonths = 12;

    /// <summary>Lays the chart out at <paramref name="size"/> (the web size when null) and records it.</summary>
    public static ChartDrawing Build(ScenarioChartData data, ChartSize? size = null)
    {
        var chartSize = size ?? ChartTheme.WebSize;
        using var plot = new Plot();
        ChartTheme.Apply(plot);

        var actual = data.Actual.OrderBy(p => p.Period).ToList();
        var lastActual = TimeSeriesFrame.Latest(actual);
        var recent = lastActual is { } la ? actual.Where(p => p.Period > la.Period.AddMonths(-ActualMonths) && p.Period <= la.Period).ToList() : actual;
        var projected = data.Scenarios.SelectMany(s => s.Projection).ToList();
        var periods = recent.Concat(projected).Select(p => p.Period).ToList();
        var first = periods.Count > 0 ? periods.Min() : default;
        var last = periods.Count > 0 ? periods.Max() : first;

        GappedLine.Add(plot, first, recent, ChartTheme.TextBlack, 2.5f, markerSize: 5);
        var key = new List<KeyItem> { TimeSeriesFrame.SolidWithDots("Actual", ChartTheme.TextBlack, 2.5f) };
        for (var i = 0; i < data.Scenarios.Count; i++)
        {
            var scenario = data.Scenarios[i];
            var colour = ChartTheme.ScenarioColours[i % ChartTheme.ScenarioColours.Count];

            // Each projection starts from the last actual month so that the lines join the history.
            var line = (lastActual is { } start ? new[] { start } : []).Concat(scenario.Projection.OrderBy(p => p.Period)).ToList();
            GappedLine.Add(plot, first, line, colour, 2, dashed: true);

            // A projection the same as an earlier one is drawn over it and hides it, so the key says so.
            var same = data.Scenarios.Take(i).FirstOrDefault(s => SameLine(s.Projection, scenario.Projection));
            key.Add(TimeSeriesFrame.Dashed(same is null ? scenario.Name : $"{scenario.Name} (same as {same.Name})", colour, 2));
        }

        if (lastActual is { } divider)
        {
            var x = MonthAxis.X(first, divider.Period) + 0.5;
            var line = plot.Add.VerticalLine(x, 1, ChartTheme.Colour(ChartTheme.PaleGrey));
            line.LineWidth = 2;
        }

        TimeSeriesFrame.Finish(plot, first, last, TimeSeriesFrame.Values(recent.Concat(projected)), data.Metric.Unit, chartSize, data.Target, key);
        return ChartDrawing.Record(plot, chartSize, $"{data.Title}: scenario projections", Describe(data, lastActual));
    }

    /// <summary>True when two projections have the same months and figures.</summary>
    private static bool SameLine(IReadOnlyList<SeriesPoint> a, IReadOnlyList<SeriesPoint> b) =>
        a.Count > 0 && a.OrderBy(p => p.Period).SequenceEqual(b.OrderBy(p => p.Period));

    private static string Describe(ScenarioChartData data, SeriesPoint? lastActual)
    {
        var parts = new List<string>();
        if (lastActual is { } la)
        {
            parts.Add($"{data.Metric.Name}, {data.OrgName}: actual {ValueFormatter.Format(la.Value.Number, data.Metric)} in {la.Period.ToLongDisplay()}");
        }
        else
        {
            parts.Add($"{data.Metric.Name}, {data.OrgName}: no actual values");
        }

        foreach (var scenario in data.Scenarios)
        {
            if (TimeSeriesFrame.Latest(scenario.Projection) is { } end)
            {
                parts.Add($"{scenario.Name} reaches {ValueFormatter.Format(end.Value.Number, data.Metric)} by {end.Period.ToLongDisplay()}");
            }
        }

        if (data.Target is { } target)
        {
            parts.Add($"target {ValueFormatter.Format(target, data.Metric)}");
        }

        return string.Join("; ", parts) + ".";
    }
}
