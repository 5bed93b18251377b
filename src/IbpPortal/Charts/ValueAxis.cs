using IbpPortal.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IbpPortal.Charts;

/// <summary>The value (y, or x for ranking bars) axis labelled in the metric's unit.</summary>
internal static class ValueAxis
{
    /// <summary>Pixels between labelled ticks at the least: vertical labels need a line of text and some air, horizontal ones a label's width.</summary>
    /// <summary>About the width a left value axis takes with its labels and title: a key above a time-series chart wraps to
    /// the chart's width less this, the data area's.</summary>
    public const int LeftAllowance = 80;

    private const int VerticalSpacing = 45;
    private const int HorizontalSpacing = 90;

    /// <summary>Labelled ticks at round values (1, 2, 2.5 or 5 times a power of ten) across <paramref name="low"/>–<paramref name="high"/>, labelled in the unit, such as <c>90%</c>.</summary>
    /// <remarks>
    /// Computed here rather than by ScottPlot's automatic generator, which measures every candidate label set to find one
    /// that fits (a third of a chart's layout time); no minor ticks, which NHS charts do not use and which doubled the SVG.
    /// </remarks>
    /// <param name="lengthPixels">The axis length, which decides how many ticks fit.</param>
    /// <param name="vertical">True for a y axis.</param>
    public static NumericManual Ticks(Unit unit, double low, double high, int lengthPixels, bool vertical)
    {
        var ticks = new NumericManual();
        var values = TickValues(low, high, lengthPixels, vertical);
        var labels = ValueFormatter.Ticks(values, unit);
        for (var i = 0; i < values.Count; i++)
        {
            ticks.AddMajor(values[i], labels[i]);
        }

        return ticks;
    }

    /// <summary>Ticks along a horizontal axis <paramref name="axisPixels"/> long whose labels, measured in the tick font, keep at least <paramref name="gap"/> pixels apart.</summary>
    /// <remarks>Money labels such as "£200,000" are wide; a count of ticks chosen from the axis length alone ran them together.</remarks>
    public static NumericManual FittedTicks(Unit unit, double low, double high, float axisPixels, float gap = 12)
    {
        var values = FittedTickValues(unit, low, high, axisPixels, gap);
        var labels = ValueFormatter.Ticks(values, unit);
        var ticks = new NumericManual();
        for (var i = 0; i < values.Count; i++)
        {
            ticks.AddMajor(values[i], labels[i]);
        }

        return ticks;
    }

    /// <summary>The tick values of <see cref="FittedTicks"/>: the most round values whose labels fit.</summary>
    public static IReadOnlyList<double> FittedTickValues(Unit unit, double low, double high, float axisPixels, float gap = 12)
    {
        IReadOnlyList<double> values = [];
        for (var count = Math.Max(2, (int)(axisPixels / 40)); count >= 2; count--)
        {
            values = NiceTicks(low, high, count);
            if (values.Count < 2)
            {
                return values;
            }

            var widest = ValueFormatter.Ticks(values, unit).Max(l => ChartText.Width(l, ChartTheme.TickFontSize));
            var spacing = (values[1] - values[0]) / (high - low) * axisPixels;
            if (spacing >= widest + gap)
            {
                return values;
            }
        }

        // Not even two labels fit: one, rather than two that touch.
        return values.Count > 0 ? [values[0]] : values;
    }

    private static IReadOnlyList<double> TickValues(double low, double high, int lengthPixels, bool vertical) =>
        NiceTicks(low, high, Math.Max(2, lengthPixels / (vertical ? VerticalSpacing : HorizontalSpacing)));

    /// <summary>The value axis' title: what is counted and in which unit, with the one money scale its ticks use, such as "Pounds (£m)".</summary>
    /// <param name="metric">The metric, for a rate's own wording ("Per 1,000 bed days"); the unit alone when null.</param>
    public static string Title(Unit unit, IReadOnlyList<double> ticks, Metric? metric = null) => unit switch
    {
        Unit.Percent => "Percentage (%)",
        Unit.Gbp => $"Pounds ({ValueFormatter.MoneyScale(ticks).Symbol})",
        Unit.Days => "Days",
        Unit.Wte => "Whole-time equivalents (WTE)",
        Unit.Rate when metric is not null && metric.Name.IndexOf(" per ", StringComparison.OrdinalIgnoreCase) is var at and >= 0
            => "Per" + metric.Name[(at + 4)..],
        Unit.Rate => "Rate",
        _ => "Number",
    };

    /// <summary>Round values from <paramref name="low"/> to <paramref name="high"/>, at most <paramref name="maxCount"/> of them (and at least two where the range allows).</summary>
    public static IReadOnlyList<double> NiceTicks(double low, double high, int maxCount)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || high <= low)
        {
            return [];
        }

        var span = high - low;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(span / Math.Max(1, maxCount))) - 1);
        foreach (var decade in new[] { 1.0, 10, 100, 1000 })
        {
            foreach (var factor in new[] { 1.0, 2, 2.5, 5 })
            {
                var step = magnitude * decade * factor;
                var first = Math.Ceiling((low / step) - 1e-9);
                var last = Math.Floor((high / step) + 1e-9);
                if (last - first + 1 <= maxCount)
                {
                    var values = new List<double>();
                    for (var k = first; k <= last; k++)
                    {
                        // Rounded to 12 significant figures, so that 3 x 0.1 is 0.3 and labels read cleanly.
                        var value = k * step;
                        values.Add(value == 0 ? 0 : Math.Round(value, Math.Max(0, 11 - (int)Math.Floor(Math.Log10(Math.Abs(value))))));
                    }

                    return values;
                }
            }
        }

        return [low, high];
    }

    /// <summary>Sets the axis range to hold <paramref name="values"/> with some headroom; a flat series gets a band around it.</summary>
    public static (double Low, double High) Range(IEnumerable<double> values, double headroomFraction = 0.08)
    {
        var finite = values.Where(double.IsFinite).ToList();
        if (finite.Count == 0)
        {
            return (0, 1);
        }

        var low = finite.Min();
        var high = finite.Max();
        var span = high - low;
        if (span <= 0)
        {
            span = Math.Max(Math.Abs(high) * 0.1, 1);
        }

        return (low - (span * 0.08), high + (span * headroomFraction));
    }

    /// <summary>Applies the unit-aware ticks to the left axis of a chart <paramref name="heightPixels"/> high showing <paramref name="low"/>–<paramref name="high"/>.</summary>
    /// <remarks>The axis gets a title naming the unit (<see cref="Title"/>), so a reader knows what the numbers count.</remarks>
    public static void ApplyLeft(Plot plot, Unit unit, double low, double high, int heightPixels, Metric? metric = null)
    {
        plot.Axes.Left.TickGenerator = Ticks(unit, low, high, heightPixels, vertical: true);
        var label = plot.Axes.Left.Label;
        label.Text = Title(unit, TickValues(low, high, heightPixels, vertical: true), metric);
        label.FontSize = ChartTheme.NoteFontSize;
        label.Bold = false;
        label.ForeColor = ChartTheme.Colour(ChartTheme.DarkGrey);
    }
}
