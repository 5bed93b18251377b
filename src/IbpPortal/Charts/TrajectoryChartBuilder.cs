using System.Globalization;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Lays out a plan-versus-actual chart: actual solid NHS blue with gaps, plan dashed dark grey, target dashed red.</summary>
public static class TrajectoryChartBuilder
{
    /// <summary>Lays the chart out at <paramref name="size"/> (the web size when null) and records it.</summary>
    public static ChartDrawing Build(TrajectoryChartData data, ChartSize? size = null)
    {
        var chartSize = size ?? ChartTheme.WebSize;
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        var all = data.Actual.Concat(data.Plan).Select(p => p.Period).ToList();
        var first = all.Count > 0 ? all.Min() : default;
        var last = all.Count > 0 ? all.Max() : first;

        GappedLine.Add(plot, first, data.Plan, ChartTheme.DarkGrey, 2, dashed: true);
        GappedLine.Add(plot, first, data.Actual, ChartTheme.NhsBlue, 2.5f, markerSize: 5);
        TimeSeriesFrame.Finish(plot, first, last, TimeSeriesFrame.Values(data.Actual.Concat(data.Plan)), data.Metric.Unit, chartSize, data.Target,
            [TimeSeriesFrame.Dashed("Plan", ChartTheme.DarkGrey, 2), TimeSeriesFrame.SolidWithDots("Actual", ChartTheme.NhsBlue, 2.5f)]);

        return ChartDrawing.Record(plot, chartSize, $"{data.Title}: plan and actual", Describe(data));
    }

    private static string Describe(TrajectoryChartData data)
    {
        var latest = TimeSeriesFrame.Latest(data.Actual);
        if (latest is not { } point)
        {
            return $"{data.Metric.Name}, {data.OrgName}: no actual values yet.";
        }

        var text = $"{data.Metric.Name}, {data.OrgName}, {point.Period.ToLongDisplay()}: actual {ValueFormatter.Format(point.Value.Number, data.Metric)}";
        var plan = data.Plan.FirstOrDefault(p => p.Period == point.Period && p.Value.HasValue);
        if (plan.Value.HasValue)
        {
            var gap = point.Value.Number - plan.Value.Number;
            text += string.Create(CultureInfo.InvariantCulture, $" against a plan of {ValueFormatter.Format(plan.Value.Number, data.Metric)} ({(gap >= 0 ? "+" : "-")}{ValueFormatter.Format(Math.Abs(gap), data.Metric)})");
        }

        if (data.Target is { } target)
        {
            text += $"; target {ValueFormatter.Format(target, data.Metric)}";
        }

        return text + ".";
    }
}
