using IbpPortal.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IbpPortal.Charts;

/// <summary>The value (y, or x for ranking bars) axis labelled in the metric's unit.</summary>
internal static class ValueAxis
{
    /// <summary>Automatic ticks whose labels carry the unit, such as <c>90%</c>.</summary>
    public static NumericAutomatic Ticks(Unit unit) => new() { LabelFormatter = v => ValueFormatter.Tick(v, unit) };

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

    /// <summary>Applies the unit-aware ticks to the left axis.</summary>
    public static void ApplyLeft(Plot plot, Unit unit) => plot.Axes.Left.TickGenerator = Ticks(unit);
}
