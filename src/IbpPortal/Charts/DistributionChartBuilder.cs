using System.Globalization;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Lays out a dot plot of every organisation's value (dots stacked in bins), the current organisation marked and named.</summary>
public static class DistributionChartBuilder
{
    /// <summary>How many bins the value range is cut into.</summary>
    public const int Bins = 24;

    /// <summary>Lays the chart out at <paramref name="size"/> (web size, 300 high, when null) and records it.</summary>
    public static ChartDrawing Build(BenchmarkChartData data, ChartSize? size = null)
    {
        var chartSize = size ?? new ChartSize(ChartTheme.WebSize.Width, 300);
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        plot.Grid.YAxisStyle.IsVisible = false;

        var values = data.Entries.OrderBy(e => e.Value).ThenBy(e => e.OrgCode, StringComparer.Ordinal).ToList();
        var (low, high) = ValueAxis.Range(values.Select(e => e.Value));
        var width = (high - low) / Bins;
        var stacks = new int[Bins + 1];
        var others = new List<Coordinates>();
        Coordinates? current = null;
        foreach (var entry in values)
        {
            var bin = Math.Clamp((int)((entry.Value - low) / width), 0, Bins);
            var dot = new Coordinates(low + ((bin + 0.5) * width), ++stacks[bin]);
            if (entry.OrgCode == data.CurrentOrgCode)
            {
                current = dot;
            }
            else
            {
                others.Add(dot);
            }
        }

        var top = Math.Max(stacks.Max(), 1) + 2;
        BenchmarkRankingBuilder.AddQuartileBands(plot, high, data.LowerQuartile, data.NationalMedian, data.UpperQuartile);
        DashedLines.Add(plot, [[new Coordinates(data.NationalMedian, 0), new Coordinates(data.NationalMedian, top - 0.8)]], ChartTheme.TextBlack, 1.5f);
        var median = plot.Add.Text("Median " + ValueFormatter.Format(data.NationalMedian, data.Metric), data.NationalMedian, top - 0.8);
        median.LabelFontSize = ChartTheme.NoteFontSize;
        median.LabelAlignment = Alignment.LowerCenter;

        // Every other organisation's dot in one path, the current organisation's drawn over them.
        var dots = new Dots();
        plot.PlottableList.Add(dots);
        dots.Add(others, 8, ChartTheme.Colour(ChartTheme.MidGrey));

        var currentEntry = data.Entries.FirstOrDefault(e => e.OrgCode == data.CurrentOrgCode);
        if (current is { } mark && currentEntry is not null)
        {
            dots.Add([mark], 11, ChartTheme.Colour(ChartTheme.NhsBlue));
            var label = plot.Add.Text(currentEntry.OrgName, mark.X, mark.Y + 0.6);
            label.LabelFontSize = ChartTheme.NoteFontSize;
            label.LabelBold = true;
            label.LabelFontColor = ChartTheme.Colour(ChartTheme.NhsBlue);
            label.LabelAlignment = Alignment.LowerCenter;
        }

        // Labels measured so that wide money labels never run together.
        plot.Axes.Bottom.TickGenerator = ValueAxis.FittedTicks(data.Metric.Unit, low, high, chartSize.Width - 40);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.SetLimits(low, high, 0, top);
        LeanDrawing.Apply(plot);

        var description = currentEntry is null
            ? string.Create(CultureInfo.InvariantCulture, $"{data.Metric.Name}, {data.Period.ToLongDisplay()}: values of {values.Count} organisations; median {ValueFormatter.Format(data.NationalMedian, data.Metric)}.")
            : string.Create(CultureInfo.InvariantCulture, $"{data.Metric.Name}, {data.Period.ToLongDisplay()}: values of {values.Count} organisations from {ValueFormatter.Format(values[0].Value, data.Metric)} to {ValueFormatter.Format(values[^1].Value, data.Metric)}; {currentEntry.OrgName} {ValueFormatter.Format(currentEntry.Value, data.Metric)}; median {ValueFormatter.Format(data.NationalMedian, data.Metric)}.");
        return ChartDrawing.Record(plot, chartSize, data.Title + ": distribution across organisations", description);
    }
}
