using IbpPortal.Analyse.Series;
using IbpPortal.Model;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>The shared frame of the monthly line charts: month axis, unit-aware value axis, target line, and the key above
/// the data area, whose samples are dashed as their lines are (<see cref="ChartKey"/>).</summary>
internal static class TimeSeriesFrame
{
    /// <summary>Sets limits and axes over <paramref name="first"/> to <paramref name="last"/> and every value in <paramref name="values"/>,
    /// and adds the key of the chart's lines (<paramref name="key"/>, then the target's when there is one).</summary>
    public static void Finish(Plot plot, Period first, Period last, IEnumerable<double> values, Unit unit, ChartSize size, double? target, IReadOnlyList<KeyItem> key)
    {
        var months = last.MonthsSince(first) + 1;
        var items = key.ToList();
        if (target is { } t)
        {
            DashedLines.Add(plot, [[new Coordinates(-0.5, t), new Coordinates(months - 0.5, t)]], ChartTheme.Target, TargetWidth);
            items.Add(new KeyItem("Target", ChartTheme.Target, TargetWidth, DashedLines.DefaultPattern));
        }

        var (low, high) = ValueAxis.Range(target is { } tv ? values.Append(tv) : values);
        plot.Axes.SetLimits(-0.5, months - 0.5, low, high);
        MonthAxis.Apply(plot, first, months, size.Width);
        ValueAxis.ApplyLeft(plot, unit, low, high, size.Height);
        LeanDrawing.Apply(plot);
        // The key wraps to the data area's width (the chart less its value axis), as the SPC chart's does.
        ChartKey.Add(plot, items, size.Width - ValueAxis.LeftAllowance);
    }

    /// <summary>A solid line of the series' colour and width in the key.</summary>
    public static KeyItem Solid(string label, string colour, float width) => new(label, colour, width);

    /// <summary>A solid line with a dot on each month in the key (the dot twice the line's width, as <see cref="GappedLine"/> draws a 2.5-pixel series with 5-pixel dots).</summary>
    public static KeyItem SolidWithDots(string label, string colour, float width) => new(label, colour, width, Mark: KeyMark.LineAndDot);

    /// <summary>A dashed line of the series' colour and width in the key, dashed as <see cref="GappedLine"/> dashes it.</summary>
    public static KeyItem Dashed(string label, string colour, float width) => new(label, colour, width, DashedLines.DefaultPattern);

    private const float TargetWidth = 1.5f;

    /// <summary>Values of the points that have one.</summary>
    public static IEnumerable<double> Values(IEnumerable<SeriesPoint> points) =>
        points.Where(p => p.Value.HasValue).Select(p => p.Value.Number);

    /// <summary>The latest point with a value, if any.</summary>
    public static SeriesPoint? Latest(IEnumerable<SeriesPoint> points) =>
        points.Where(p => p.Value.HasValue).OrderBy(p => p.Period).Select(p => (SeriesPoint?)p).LastOrDefault();
}
