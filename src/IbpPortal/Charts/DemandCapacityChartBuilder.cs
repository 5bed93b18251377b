using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Lays out a demand-versus-capacity chart: two lines, the months where demand exceeds capacity shaded as the gap.</summary>
public static class DemandCapacityChartBuilder
{
    /// <summary>Fill of the shortfall between the lines (NHS orange, translucent).</summary>
    public const string GapFill = NhsPalette.Orange;

    /// <summary>Lays the chart out at <paramref name="size"/> (the web size when null) and records it.</summary>
    public static ChartDrawing Build(DemandCapacityChartData data, ChartSize? size = null)
    {
        var chartSize = size ?? ChartTheme.WebSize;
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        var all = data.DemandSeries.Concat(data.CapacitySeries).Select(p => p.Period).ToList();
        var first = all.Count > 0 ? all.Min() : default;
        var last = all.Count > 0 ? all.Max() : first;

        AddShortfall(plot, data, first);
        GappedLine.Add(plot, first, data.CapacitySeries, ChartTheme.DarkGrey, 2.5f);
        GappedLine.Add(plot, first, data.DemandSeries, ChartTheme.NhsBlue, 2.5f);
        TimeSeriesFrame.Finish(plot, first, last, TimeSeriesFrame.Values(data.DemandSeries.Concat(data.CapacitySeries)), data.Demand.Unit, chartSize, null,
            [TimeSeriesFrame.Solid(data.Capacity.Name, ChartTheme.DarkGrey, 2.5f), TimeSeriesFrame.Solid(data.Demand.Name, ChartTheme.NhsBlue, 2.5f)]);

        return ChartDrawing.Record(plot, chartSize, $"{data.Title}: demand and capacity", Describe(data));
    }

    private static void AddShortfall(Plot plot, DemandCapacityChartData data, Model.Period first)
    {
        // One translucent band per month pair where both figures are known and demand is above capacity; the bands of
        // consecutive pairs only meet at a month, so they can share one path.
        var bands = new FilledPolygons(ChartTheme.Colour(GapFill).WithAlpha(0.3));
        var capacity = data.CapacitySeries.Where(p => p.Value.HasValue).ToDictionary(p => p.Period, p => p.Value.Number);
        var demand = data.DemandSeries.Where(p => p.Value.HasValue && capacity.ContainsKey(p.Period)).OrderBy(p => p.Period).ToList();
        for (var i = 1; i < demand.Count; i++)
        {
            var (a, b) = (demand[i - 1], demand[i]);
            if (b.Period.MonthsSince(a.Period) != 1 || (a.Value.Number <= capacity[a.Period] && b.Value.Number <= capacity[b.Period]))
            {
                continue;
            }

            var xa = MonthAxis.X(first, a.Period);
            var xb = MonthAxis.X(first, b.Period);
            bands.Add(
            [
                new Coordinates(xa, a.Value.Number), new Coordinates(xb, b.Value.Number),
                new Coordinates(xb, capacity[b.Period]), new Coordinates(xa, capacity[a.Period]),
            ]);
        }

        plot.PlottableList.Add(bands);
    }

    private static string Describe(DemandCapacityChartData data)
    {
        var demand = TimeSeriesFrame.Latest(data.DemandSeries);
        if (demand is not { } d)
        {
            return $"{data.Demand.Name} and {data.Capacity.Name}, {data.OrgName}: no values yet.";
        }

        var capacity = data.CapacitySeries.FirstOrDefault(p => p.Period == d.Period && p.Value.HasValue);
        if (!capacity.Value.HasValue)
        {
            return $"{data.Demand.Name}, {data.OrgName}, {d.Period.ToLongDisplay()}: {ValueFormatter.Format(d.Value.Number, data.Demand)}; no capacity figure that month.";
        }

        var gap = d.Value.Number - capacity.Value.Number;
        var words = gap > 0 ? $"demand exceeds capacity by {ValueFormatter.Format(gap, data.Demand)}"
            : gap < 0 ? $"capacity exceeds demand by {ValueFormatter.Format(-gap, data.Demand)}"
            : "demand equals capacity";
        return $"{data.OrgName}, {d.Period.ToLongDisplay()}: {data.Demand.Name} {ValueFormatter.Format(d.Value.Number, data.Demand)}, {data.Capacity.Name} {ValueFormatter.Format(capacity.Value.Number, data.Capacity)}; {words}.";
    }
}
