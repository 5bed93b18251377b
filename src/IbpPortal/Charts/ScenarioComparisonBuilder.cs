using System.Globalization;
using IbpPortal.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IbpPortal.Charts;

/// <summary>Lays out a scenario comparison: one row per organisation, each projection a coloured dot, the plan and the target upright ticks, all measured from the organisation's latest figure.</summary>
/// <remarks>
/// Organisations differ in size, so the axis is the change from each one's latest figure: percentage points for a
/// percentage, per cent for anything else. The zero line is "where it is now"; a dot beyond the target's tick in the
/// better direction is a scenario that meets the target. Wide charts name the rows on the left axis; narrow ones write
/// each name above its row.
/// </remarks>
public static class ScenarioComparisonBuilder
{
    /// <summary>Lays the chart out <paramref name="width"/> pixels wide, as tall as its rows need, and records it.</summary>
    public static ChartDrawing Build(ScenarioComparisonData data, int width)
    {
        var compact = width < PhoneChart.CompactWidth;
        var keyRows = compact ? 3 : 2;
        var height = 70 + (int)(keyRows * ChartKey.Height) + (data.Rows.Count * (compact ? 32 : 24));
        var chartSize = new ChartSize(width, Math.Clamp(height, 180, 1400));
        var rows = data.Rows;
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartTheme.Colour(ChartTheme.PaleGrey);
        plot.Grid.YAxisStyle.IsVisible = false;

        // Room on the right for the last tick's label.
        plot.Axes.Right.MinimumSize = 24;

        var changes = rows.Select(r => new
        {
            Projected = r.Projected.Select(p => p is { } v ? Change(data.Metric, r.Latest, v) : double.NaN).ToList(),
            Plan = r.Plan is { } pl ? Change(data.Metric, r.Latest, pl) : double.NaN,
            Target = r.Target is { } t ? Change(data.Metric, r.Latest, t) : double.NaN,
        }).ToList();
        var (low, high) = ValueAxis.Range(changes.SelectMany(c => c.Projected.Append(c.Plan).Append(c.Target)).Append(0));
        double Row(int index) => rows.Count - index;
        var dotOffset = compact ? -0.26 : 0;

        LeaderLines.Add(plot, rows.Select((_, i) => Row(i) + dotOffset), low, high);
        var zero = plot.Add.Line(0, 0.4, 0, rows.Count + 0.6);
        zero.Color = ChartTheme.Colour(ChartTheme.DarkGrey);
        zero.LineWidth = 1.5f;

        var key = new List<KeyItem> { new("Latest figure", ChartTheme.DarkGrey, 1.5f) };
        AddTicks(plot, changes.Select(c => c.Plan).ToList(), Row, dotOffset, ChartTheme.Plan);
        AddTicks(plot, changes.Select(c => c.Target).ToList(), Row, dotOffset, ChartTheme.Target);
        var dots = new Dots();
        plot.PlottableList.Add(dots);
        for (var p = 0; p < data.Projections.Count; p++)
        {
            var colour = p == 0 ? ChartTheme.MidGrey : ChartTheme.ScenarioColours[(p - 1) % ChartTheme.ScenarioColours.Count];
            var index = p;
            dots.Add(changes.Select((c, i) => new Coordinates(c.Projected[index], Row(i) + dotOffset)).Where(c => double.IsFinite(c.X)), 9, ChartTheme.Colour(colour));
            key.Add(new KeyItem(data.Projections[p], colour, 9, Mark: KeyMark.Dot));
        }

        if (changes.Any(c => double.IsFinite(c.Plan)))
        {
            key.Add(new KeyItem("Plan", ChartTheme.Plan, 2.5f, Mark: KeyMark.Tick));
        }

        if (changes.Any(c => double.IsFinite(c.Target)))
        {
            key.Add(new KeyItem("Target", ChartTheme.Target, 2.5f, Mark: KeyMark.Tick));
        }

        var names = rows.Select(r => (string?)r.OrgName).ToList();
        var leftPanel = compact ? 12f : RowNames.OnAxis(plot, names, Row);
        var dataWidth = chartSize.Width - leftPanel - 24;
        if (compact)
        {
            RowNames.AboveRows(plot, names, -1, Row, low, dataWidth);
        }

        plot.Axes.Bottom.TickGenerator = Ticks(data.Metric, low, high, dataWidth);
        plot.Axes.Bottom.Label.Text = data.Metric.Unit == Unit.Percent
            ? $"Change from the latest figure by {data.Horizon.ToShortDisplay()} (percentage points)"
            : $"Change from the latest figure by {data.Horizon.ToShortDisplay()} (%)";
        plot.Axes.Bottom.Label.FontSize = ChartTheme.NoteFontSize;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Bottom.Label.ForeColor = ChartTheme.Colour(ChartTheme.DarkGrey);
        ChartKey.Add(plot, key, dataWidth);
        plot.Axes.SetLimits(low, high, 0.4, rows.Count + 0.6);
        LeanDrawing.Apply(plot);
        return ChartDrawing.Record(plot, chartSize, data.Title + ": scenarios compared", Describe(data));
    }

    /// <summary>The change from <paramref name="latest"/> to <paramref name="value"/>: percentage points for a percentage, per cent otherwise (NaN from a latest figure of zero).</summary>
    public static double Change(Metric metric, double latest, double value) =>
        metric.Unit == Unit.Percent ? value - latest : latest == 0 ? double.NaN : (value - latest) / Math.Abs(latest) * 100;

    /// <summary>How many organisations with a target would meet it by the horizon under each projection, in a sentence.</summary>
    public static string Describe(ScenarioComparisonData data)
    {
        var targeted = data.Rows.Where(r => r.Target is not null).ToList();
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{data.Metric.Name}: where each of {data.Rows.Count} organisations would be by {data.Horizon.ToShortDisplay()} under {string.Join(", ", data.Projections)}, as a change from its latest figure, beside the change its plan and target ask for.");
        if (targeted.Count == 0 || data.Metric.Improvement == Improvement.Neutral)
        {
            return text;
        }

        var met = data.Projections.Select((name, p) => string.Create(CultureInfo.InvariantCulture,
            $"{name} {targeted.Count(r => r.Projected[p] is { } v && Meets(data.Metric, v, r.Target!.Value))}"));
        return text + string.Create(CultureInfo.InvariantCulture, $" Of {targeted.Count} with a target, the number that would meet it: {string.Join("; ", met)}.");
    }

    private static bool Meets(Metric metric, double value, double target) =>
        metric.Improvement == Improvement.Decrease ? value <= target : value >= target;

    private static void AddTicks(Plot plot, IReadOnlyList<double> values, Func<int, double> row, double offset, string colour)
    {
        // Solid upright ticks across each row: one path for all of them.
        var ticks = values.Select((v, i) => (v, i)).Where(x => double.IsFinite(x.v))
            .Select(x => new[] { new Coordinates(x.v, row(x.i) + offset - 0.3), new Coordinates(x.v, row(x.i) + offset + 0.3) }).ToList();
        if (ticks.Count > 0)
        {
            DashedLines.Add(plot, ticks, colour, 2.5f, DashedLines.Solid);
        }
    }

    private static NumericManual Ticks(Metric metric, double low, double high, float width)
    {
        var values = ValueAxis.FittedTickValues(Unit.Percent, low, high, width, 20);
        var ticks = new NumericManual();
        var decimals = values.Count == 0 ? 0 : values.Max(v => Math.Abs(v - Math.Round(v)) < 1e-9 ? 0 : 1);
        foreach (var v in values)
        {
            var number = Math.Abs(v).ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            var sign = v > 1e-12 ? "+" : v < -1e-12 ? "−" : string.Empty;
            ticks.AddMajor(v, sign + number + (metric.Unit == Unit.Percent ? " pp" : "%"));
        }

        return ticks;
    }
}
