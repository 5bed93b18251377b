using System.Globalization;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IbpPortal.Charts;

/// <summary>Lays out a ranking chart: one horizontal bar per organisation, best at the top, the current one in NHS blue.</summary>
/// <remarks>Quartile bands are pale background spans along the value axis; the median is a dashed line. Names are written beside the bars up to <see cref="MaxNamedBars"/> organisations; beyond that only the current organisation is named.</remarks>
public static class BenchmarkRankingBuilder
{
    /// <summary>The most organisations whose names fit beside their bars.</summary>
    public const int MaxNamedBars = 30;

    /// <summary>Lays the chart out (height grows with the number of organisations when no size is given) and records it.</summary>
    public static ChartDrawing Build(BenchmarkChartData data, ChartSize? size = null)
    {
        var entries = data.Entries.OrderBy(e => e.Rank).ThenBy(e => e.OrgName, StringComparer.Ordinal).ToList();
        var chartSize = size ?? new ChartSize(ChartTheme.WebSize.Width, Math.Clamp(60 + (entries.Count * 18), 200, 900));
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartTheme.Colour(ChartTheme.PaleGrey);
        plot.Grid.YAxisStyle.IsVisible = false;

        var (low, high) = ValueAxis.Range(entries.Select(e => e.Value).Append(data.NationalMedian).Append(0));
        AddQuartileBands(plot, high, data.LowerQuartile, data.NationalMedian, data.UpperQuartile);

        // Rank 1 is drawn at the top: position = count - index.
        var bars = entries.Select((e, i) => new Bar
        {
            Position = entries.Count - i,
            Value = e.Value,
            FillColor = ChartTheme.Colour(e.OrgCode == data.CurrentOrgCode ? ChartTheme.NhsBlue : ChartTheme.OtherBar),
            LineWidth = 0,
            Size = 0.7,
            Orientation = Orientation.Horizontal,
        }).ToList();
        plot.Add.Bars(bars);

        DashedLines.Add(plot, [[new Coordinates(data.NationalMedian, 0.3), new Coordinates(data.NationalMedian, entries.Count + 0.7)]], ChartTheme.TextBlack, 1.5f);
        var median = plot.Add.Text("Median " + ValueFormatter.Format(data.NationalMedian, data.Metric), data.NationalMedian, entries.Count + 0.7);
        median.LabelFontSize = ChartTheme.NoteFontSize;
        median.LabelFontColor = ChartTheme.Colour(ChartTheme.TextBlack);
        median.LabelAlignment = data.NationalMedian > Math.Min(0, low) + ((high - Math.Min(0, low)) * 0.7) ? Alignment.LowerRight : Alignment.LowerCenter;

        var names = new NumericManual();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries.Count <= MaxNamedBars || entries[i].OrgCode == data.CurrentOrgCode)
            {
                names.AddMajor(entries.Count - i, entries[i].OrgName);
            }
        }

        plot.Axes.Left.TickGenerator = names;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = ValueAxis.Ticks(data.Metric.Unit, Math.Min(0, low), high, chartSize.Width, vertical: false);
        plot.Axes.SetLimits(Math.Min(0, low), high, 0.4, entries.Count + 1.6);
        LeanDrawing.Apply(plot);

        var current = entries.FirstOrDefault(e => e.OrgCode == data.CurrentOrgCode);
        var description = current is null
            ? string.Create(CultureInfo.InvariantCulture, $"{data.Metric.Name}, {data.Period.ToLongDisplay()}: {entries.Count} organisations ranked; median {ValueFormatter.Format(data.NationalMedian, data.Metric)}.")
            : string.Create(CultureInfo.InvariantCulture, $"{data.Metric.Name}, {data.Period.ToLongDisplay()}: {current.OrgName} ranks {current.Rank} of {entries.Count} at {ValueFormatter.Format(current.Value, data.Metric)}; median {ValueFormatter.Format(data.NationalMedian, data.Metric)}.");
        return ChartDrawing.Record(plot, chartSize, data.Title + ": ranking chart", description);
    }

    /// <summary>Shades the second and fourth quarter of the value range so the four quartile bands read apart.</summary>
    internal static void AddQuartileBands(Plot plot, double high, double q1, double q2, double q3)
    {
        foreach (var (from, to) in new[] { (q1, q2), (q3, Math.Max(high, q3)) })
        {
            if (to > from)
            {
                // In ScottPlot 5 a horizontal span covers a range of x (our value axis); a vertical span covered y values
                // out of view, so the bands never showed. Filled solid: the default 20% opacity is lost on white.
                var band = plot.Add.HorizontalSpan(from, to);
                band.FillStyle.Color = ChartTheme.Colour(ChartTheme.QuartileBand);
                band.LineWidth = 0;
            }
        }
    }
}
