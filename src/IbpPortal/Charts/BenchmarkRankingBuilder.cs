using System.Globalization;
using IbpPortal.Model;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Lays out a ranking as a dot plot: one dot per organisation on its own row, best at the top, the current one larger and in NHS blue.</summary>
/// <remarks>
/// The value axis spans the values, not zero to the largest, so 84.9% and 89.8% sit visibly apart. The four quartile
/// bands are shaded alternately and named Q1 to Q4 above the data area (Q1 the best quarter, or the highest when the
/// order is no judgement); the median is a dashed line and the national standard, when there is one, a long-dashed red
/// line, both named with their values in the key. Wide charts name the rows on the left axis; narrow ones (phones)
/// write each name above its dot, so that names and dots share the width.
/// </remarks>
public static class BenchmarkRankingBuilder
{
    /// <summary>The most organisations whose names fit beside their dots; beyond that only the current organisation is named.</summary>
    public const int MaxNamedBars = 30;

    /// <summary>Lays the chart out <paramref name="width"/> pixels wide, as tall as its rows need, and records it.</summary>
    public static ChartDrawing Build(BenchmarkChartData data, int width)
    {
        var rowHeight = width < PhoneChart.CompactWidth ? 30 : 20;
        var height = Math.Clamp(70 + (int)(ChartKey.Height + QuartileBandLabels.Height) + (data.Entries.Count * rowHeight), 200, 1400);
        return Build(data, new ChartSize(width, height));
    }

    private static void StylePlot(Plot plot)
    {
        ChartTheme.Apply(plot);
        plot.Grid.XAxisStyle.IsVisible = true;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartTheme.Colour(ChartTheme.PaleGrey);
        plot.Grid.YAxisStyle.IsVisible = false;

        // Room on the right for the last tick's label.
        plot.Axes.Right.MinimumSize = 24;
    }

    private static void StyleValueAxis(Plot plot, BenchmarkChartData data, double low, double high, float dataWidth)
    {
        var ticks = ValueAxis.FittedTickValues(data.Metric.Unit, low, high, dataWidth);
        plot.Axes.Bottom.TickGenerator = ValueAxis.FittedTicks(data.Metric.Unit, low, high, dataWidth);
        plot.Axes.Bottom.Label.Text = ValueAxis.Title(data.Metric.Unit, ticks, data.Metric);
        plot.Axes.Bottom.Label.FontSize = ChartTheme.NoteFontSize;
        plot.Axes.Bottom.Label.Bold = false;
        plot.Axes.Bottom.Label.ForeColor = ChartTheme.Colour(ChartTheme.DarkGrey);
    }

    /// <summary>Lays the chart out at <paramref name="size"/> (the web width, as tall as its rows need, when null) and records it.</summary>
    public static ChartDrawing Build(BenchmarkChartData data, ChartSize? size = null)
    {
        if (size is not { } chartSize)
        {
            return Build(data, ChartTheme.WebSize.Width);
        }

        var compact = PhoneChart.IsCompact(chartSize);
        var entries = data.Entries.OrderBy(e => e.Rank).ThenBy(e => e.OrgName, StringComparer.Ordinal).ToList();
        using var plot = new Plot();
        StylePlot(plot);

        var target = data.Target is { } t && double.IsFinite(t) ? t : (double?)null;
        var (low, high) = ValueAxis.Range(entries.Select(e => e.Value)
            .Append(data.NationalMedian).Append(data.LowerQuartile).Append(data.UpperQuartile).Append(target ?? double.NaN));
        AddQuartileBands(plot, high, data.LowerQuartile, data.NationalMedian, data.UpperQuartile);
        QuartileBandLabels.Add(plot, Bands(data, low, high));

        // Rank 1 is drawn at the top: row = count - index. On a narrow chart the dot sits low in its row, under its name.
        var dotOffset = compact ? -0.24 : 0;
        double Row(int index) => entries.Count - index;

        // Beyond MaxNamedBars rows only the current organisation is named, and only a named row has a line to lead the eye to its dot.
        var names = entries.Select(e => entries.Count <= MaxNamedBars || e.OrgCode == data.CurrentOrgCode ? e.OrgName : null).ToList();
        LeaderLines.Add(plot, names.Select((n, i) => (n, i)).Where(x => x.n is not null).Select(x => Row(x.i) + dotOffset), low, high);

        var key = new List<KeyItem>();
        var (bottom, top) = (0.4, entries.Count + 0.6);
        DashedLines.Add(plot, [[new Coordinates(data.NationalMedian, bottom), new Coordinates(data.NationalMedian, top)]], ChartTheme.TextBlack, 1.5f);
        key.Add(new KeyItem("Median " + ValueFormatter.Format(data.NationalMedian, data.Metric), ChartTheme.TextBlack, 1.5f, DashedLines.DefaultPattern));
        if (target is { } standard)
        {
            DashedLines.Add(plot, [[new Coordinates(standard, bottom), new Coordinates(standard, top)]], ChartTheme.Target, 1.5f, ChartTheme.TargetPattern);
            key.Add(new KeyItem("Standard " + ValueFormatter.Format(standard, data.Metric), ChartTheme.Target, 1.5f, ChartTheme.TargetPattern));
        }

        var dots = new Dots();
        plot.PlottableList.Add(dots);
        dots.Add(entries.Select((e, i) => (e, i)).Where(x => x.e.OrgCode != data.CurrentOrgCode).Select(x => new Coordinates(x.e.Value, Row(x.i) + dotOffset)), 8, ChartTheme.Colour(ChartTheme.MidGrey));
        var currentIndex = entries.FindIndex(e => e.OrgCode == data.CurrentOrgCode);
        if (currentIndex >= 0)
        {
            var current = entries[currentIndex];
            dots.Add([new Coordinates(current.Value, Row(currentIndex) + dotOffset)], 12, ChartTheme.Colour(ChartTheme.NhsBlue));
            var right = current.Value < low + ((high - low) * 0.75);
            var value = plot.Add.Text(ValueFormatter.Format(current.Value, data.Metric), current.Value, Row(currentIndex) + dotOffset);
            Style(value, ChartTheme.NhsBlue, bold: true);
            value.LabelAlignment = right ? Alignment.MiddleLeft : Alignment.MiddleRight;
            value.OffsetX = right ? 9 : -9;

            // On white, so that the median and standard lines do not cross the figure.
            value.LabelBackgroundColor = Colors.White.WithAlpha(0.85);
        }

        var leftPanel = compact ? 12f : RowNames.OnAxis(plot, names, Row);
        var dataWidth = chartSize.Width - leftPanel - 24;
        if (compact)
        {
            RowNames.AboveRows(plot, names, currentIndex, Row, low, dataWidth);
        }

        StyleValueAxis(plot, data, low, high, dataWidth);
        ChartKey.Add(plot, key, dataWidth, QuartileBandLabels.Height);
        plot.Axes.SetLimits(low, high, bottom, top);
        LeanDrawing.Apply(plot);

        var description = currentIndex < 0
            ? string.Create(CultureInfo.InvariantCulture, $"{data.Metric.Name}, {data.Period.ToLongDisplay()}: {entries.Count} organisations ranked; median {ValueFormatter.Format(data.NationalMedian, data.Metric)}.")
            : string.Create(CultureInfo.InvariantCulture, $"{data.Metric.Name}, {data.Period.ToLongDisplay()}: {entries[currentIndex].OrgName} ranks {entries[currentIndex].Rank} of {entries.Count} at {ValueFormatter.Format(entries[currentIndex].Value, data.Metric)}; median {ValueFormatter.Format(data.NationalMedian, data.Metric)}.");
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

    /// <summary>The four bands from the lowest value to the highest, named by quartile: Q1 is the best quarter (the highest when higher is better or the order is no judgement).</summary>
    internal static IReadOnlyList<(double From, double To, string Label)> Bands(BenchmarkChartData data, double low, double high)
    {
        var lowFirst = data.Metric.Improvement == Improvement.Decrease;
        var judged = data.Metric.Improvement != Improvement.Neutral;
        string Name(int q) => q switch
        {
            1 => judged ? "Q1 best" : "Q1 highest",
            4 => judged ? "Q4 worst" : "Q4 lowest",
            _ => "Q" + q.ToString(CultureInfo.InvariantCulture),
        };

        var cuts = new[] { low, Math.Max(low, data.LowerQuartile), data.NationalMedian, Math.Min(high, data.UpperQuartile), high };
        return [.. Enumerable.Range(0, 4).Select(i => (cuts[i], cuts[i + 1], Name(lowFirst ? i + 1 : 4 - i)))];
    }

    private static void Style(ScottPlot.Plottables.Text text, string colour, bool bold)
    {
        text.LabelFontSize = ChartTheme.NoteFontSize;
        text.LabelFontColor = ChartTheme.Colour(colour);
        text.LabelBold = bold;
    }
}
