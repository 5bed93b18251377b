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

        var number = Number(value, decimals);
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
}
