using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>Formats figures by the metric's unit for chart text, descriptions and tables (invariant culture, UK conventions).</summary>
/// <remarks>Percent values are on a 0 to 100 scale (95 means 95%), as in <c>metrics.csv</c> targets.</remarks>
public static class ValueFormatter
{
    /// <summary>A figure as the tables and scorecards show it, such as <c>86.7%</c>, <c>£1.3m</c>, <c>4.2 days</c>.</summary>
    /// <remarks>One formatter for charts and pages (<see cref="Analyse.FigureFormat"/>), so a chart never words a figure differently from its table.</remarks>
    public static string Format(double value, Metric metric) => Analyse.FigureFormat.Format(value, metric);

    /// <summary>A tick label: as <see cref="Format(double, Metric)"/> but with as few decimals as the tick needs.</summary>
    public static string Tick(double value, Unit unit)
    {
        var decimals = Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : Math.Abs((value * 10) - Math.Round(value * 10)) < 1e-9 ? 1 : 2;
        return unit switch
        {
            Unit.Percent => Number(value, decimals) + "%",
            Unit.Gbp => Pounds(value, decimals),
            _ => Number(value, decimals),
        };
    }

    /// <summary>Labels for a whole axis: every tick with the same number of decimals and, for money, the same scale (all £m, all £k or all £).</summary>
    /// <remarks>Mixed scales (£500,000 beside £1.5m) make a reader compare unlike labels; one scale per axis, named in its title.</remarks>
    public static IReadOnlyList<string> Ticks(IReadOnlyList<double> values, Unit unit)
    {
        var (divisor, symbol) = unit == Unit.Gbp ? MoneyScale(values) : (1.0, string.Empty);
        var decimals = values.Count == 0 ? 0 : values.Max(v => DecimalsNeeded(v / divisor));
        return [.. values.Select(v => unit switch
        {
            Unit.Percent => Number(v, decimals) + "%",
            Unit.Gbp when v == 0 => "£0",
            Unit.Gbp => (v < 0 ? "-" : string.Empty) + "£" + Number(Math.Abs(v) / divisor, decimals) + symbol[1..],
            _ => Number(v, decimals),
        })];
    }

    /// <summary>The one money scale for <paramref name="values"/>: millions from £1m, thousands from £10,000, else pounds; with its symbol (£m, £k, £).</summary>
    public static (double Divisor, string Symbol) MoneyScale(IReadOnlyList<double> values)
    {
        var largest = values.Count == 0 ? 0 : values.Max(Math.Abs);
        return largest >= 1_000_000 ? (1_000_000, "£m") : largest >= 10_000 ? (1_000, "£k") : (1, "£");
    }

    private static int DecimalsNeeded(double value) =>
        Math.Abs(value - Math.Round(value)) < 1e-9 ? 0 : Math.Abs((value * 10) - Math.Round(value * 10)) < 1e-9 ? 1 : 2;

    /// <summary>A month label for axes, such as <c>Apr 16</c>.</summary>
    public static string MonthTick(Period period) =>
        string.Create(CultureInfo.InvariantCulture, $"{period.ToShortDisplay()[..3]} {period.Year % 100:D2}");

    /// <summary>A quarter's tick label, such as <c>Jul–Sep 24</c>.</summary>
    public static string QuarterTick(Period quarterEnd) =>
        string.Create(CultureInfo.InvariantCulture, $"{quarterEnd.ToQuarterDisplay()[..7]} {quarterEnd.Year % 100:D2}");

    private static string Number(double value, int decimals) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Pounds(double value, int decimals)
    {
        var sign = value < 0 ? "-" : string.Empty;
        var size = Math.Abs(value);
        return size >= 1_000_000
            ? string.Create(CultureInfo.InvariantCulture, $"{sign}£{size / 1_000_000:0.##}m")
            : sign + "£" + Number(size, decimals);
    }
}
