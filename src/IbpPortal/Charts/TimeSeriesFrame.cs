using IbpPortal.Analyse.Series;
using IbpPortal.Model;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>The shared frame of the monthly line charts: month axis, unit-aware value axis, target line, legend below.</summary>
internal static class TimeSeriesFrame
{
    /// <summary>Sets limits and axes over <paramref name="first"/> to <paramref name="last"/> and every value in <paramref name="values"/>.</summary>
    public static void Finish(Plot plot, Period first, Period last, IEnumerable<double> values, Unit unit, ChartSize size, double? target)
    {
        var months = last.MonthsSince(first) + 1;
        if (target is { } t)
        {
            DashedLines.Add(plot, [[new Coordinates(-0.5, t), new Coordinates(months - 0.5, t)]], ChartTheme.Target, 1.5f).LegendText = "Target";
        }

        var (low, high) = ValueAxis.Range(target is { } tv ? values.Append(tv) : values);
        plot.Axes.SetLimits(-0.5, months - 0.5, low, high);
        MonthAxis.Apply(plot, first, months, size.Width);
        ValueAxis.ApplyLeft(plot, unit, low, high, size.Height);
        LeanDrawing.Apply(plot);
        MeasuredLegendPanel.Show(plot, Edge.Bottom);
        plot.Legend.FontSize = ChartTheme.TickFontSize;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.ShadowColor = Colors.Transparent;
    }

    /// <summary>Values of the points that have one.</summary>
    public static IEnumerable<double> Values(IEnumerable<SeriesPoint> points) =>
        points.Where(p => p.Value.HasValue).Select(p => p.Value.Number);

    /// <summary>The latest point with a value, if any.</summary>
    public static SeriesPoint? Latest(IEnumerable<SeriesPoint> points) =>
        points.Where(p => p.Value.HasValue).OrderBy(p => p.Period).Select(p => (SeriesPoint?)p).LastOrDefault();
}
