using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>Writes figures the way the portal and board packs show them, in UK style whatever the machine's culture.</summary>
/// <remarks>
/// Percent "71.2%"; money "£1.2bn", "£1.2m", "£350k" or "£950"; count "12,345"; days "4.5 days";
/// WTE "1,234.5 WTE"; rate as a plain number. Decimal places come from the metric, except money in
/// millions and billions (one place) and thousands (none). Negative figures start with a hyphen-minus,
/// and a figure that rounds to zero never shows as "-0".
/// </remarks>
public static class FigureFormat
{
    private static readonly CultureInfo Uk = CultureInfo.InvariantCulture;

    /// <summary>A number in the metric's unit and decimal places.</summary>
    public static string Format(double value, Metric metric)
    {
        if (!double.IsFinite(value))
        {
            return "not available";
        }

        var decimals = Math.Clamp(metric.Decimals, 0, 6);
        if (metric.Unit == Unit.Gbp)
        {
            return Money(value, decimals);
        }

        // Whole-time equivalents that are whole numbers read "6,115 WTE", not "6,115.0 WTE".
        var number = Number(value, metric.Unit == Unit.Wte && IsWhole(value, decimals) ? 0 : decimals);
        return metric.Unit switch
        {
            Unit.Percent => number + "%",
            Unit.Days => number + (number == "1" ? " day" : " days"),
            Unit.Wte => number + " WTE",
            _ => number,
        };
    }

    /// <summary>The figure, or the absent label ("not submitted", "suppressed", "not applicable").</summary>
    public static string Format(DataValue value, Metric metric) =>
        value.HasValue ? Format(value.Number, metric) : value.AbsentLabel;

    /// <summary>A difference with its sign, such as "+3.1 pp" for a percent, "-£350k" or "+120".</summary>
    /// <remarks>Differences between percentages are in percentage points ("pp").</remarks>
    public static string FormatChange(double difference, Metric metric)
    {
        if (!double.IsFinite(difference))
        {
            return "not available";
        }

        var decimals = Math.Clamp(metric.Decimals, 0, 6);
        var text = metric.Unit == Unit.Percent
            ? Number(difference, decimals) + " pp"
            : Format(difference, metric);
        return text.StartsWith('-') || IsZero(difference, decimals) ? text : "+" + text;
    }

    /// <summary>
    /// The one money scale for a table or axis of <paramref name="values"/>: the scale its largest figure would take alone,
    /// so "£1.5m" never stands beside "£500k" or "£500,000" (that figure shows as "£0.50m").
    /// </summary>
    public static MoneyScale ScaleFor(IEnumerable<double> values)
    {
        var largest = values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
        return Math.Round(largest / 1e6, 1) >= 1000 ? MoneyScale.Billions
            : Math.Round(largest / 1e3) >= 1000 ? MoneyScale.Millions
            : Math.Round(largest) >= 1000 ? MoneyScale.Thousands
            : MoneyScale.Pounds;
    }

    /// <summary>A figure as <see cref="Format(double, Metric)"/>, money written in <paramref name="scale"/> (one decimal place in millions and billions, two below one unit of the scale).</summary>
    public static string Format(double value, Metric metric, MoneyScale scale)
    {
        if (metric.Unit != Unit.Gbp || !double.IsFinite(value))
        {
            return Format(value, metric);
        }

        var (divisor, suffix) = scale switch
        {
            MoneyScale.Billions => (1e9, "bn"),
            MoneyScale.Millions => (1e6, "m"),
            MoneyScale.Thousands => (1e3, "k"),
            _ => (1.0, string.Empty),
        };
        if (scale == MoneyScale.Pounds)
        {
            return Money(value, Math.Clamp(metric.Decimals, 0, 6));
        }

        var scaled = value / divisor;
        var decimals = scale == MoneyScale.Thousands ? 0 : Math.Round(Math.Abs(scaled), 1) < 1 ? 2 : 1;
        var text = Number(Math.Abs(scaled), decimals);
        return (IsZero(scaled, decimals) || value > 0 ? string.Empty : "-") + "£" + text + suffix;
    }

    /// <summary>A figure or its absent label, money in <paramref name="scale"/>.</summary>
    public static string Format(DataValue value, Metric metric, MoneyScale scale) =>
        value.HasValue ? Format(value.Number, metric, scale) : value.AbsentLabel;

    /// <summary>A signed difference as <see cref="FormatChange(double, Metric)"/>, money in <paramref name="scale"/>.</summary>
    public static string FormatChange(double difference, Metric metric, MoneyScale scale)
    {
        if (metric.Unit != Unit.Gbp || !double.IsFinite(difference))
        {
            return FormatChange(difference, metric);
        }

        var text = Format(difference, metric, scale);
        return text.StartsWith('-') || !text.Any(c => c is >= '1' and <= '9') ? text : "+" + text;
    }

    /// <summary>A signed percentage change with one decimal place, such as "+7.3%" or "-2.2%"; "0.0%" when it rounds to zero, never "-0.0%".</summary>
    public static string SignedPercent(double percent) =>
        IsZero(percent, 1) ? "0.0%" : (percent > 0 ? "+" : "-") + Number(Math.Abs(percent), 1) + "%";

    private static string Money(double value, int decimals)
    {
        var sign = Math.Round(value, decimals) < 0 ? "-" : string.Empty;
        var size = Math.Abs(value);
        // Each threshold is tested on the figure as the smaller unit would show it, so £999.96m is £1.0bn, not £1,000.0m.
        if (Math.Round(size / 1e6, 1) >= 1000)
        {
            return sign + "£" + (size / 1e9).ToString("N1", Uk) + "bn";
        }

        if (Math.Round(size / 1e3) >= 1000)
        {
            return sign + "£" + (size / 1e6).ToString("N1", Uk) + "m";
        }

        if (Math.Round(size, decimals) >= 1000)
        {
            return sign + "£" + (size / 1e3).ToString("N0", Uk) + "k";
        }

        return sign + "£" + Number(size, decimals);
    }

    private static string Number(double value, int decimals) =>
        (IsZero(value, decimals) ? 0.0 : value).ToString("N" + decimals.ToString(Uk), Uk);

    private static bool IsZero(double value, int decimals) => Math.Round(value, decimals) == 0;

    private static bool IsWhole(double value, int decimals) => Math.Round(value, decimals) == Math.Round(value);
}
