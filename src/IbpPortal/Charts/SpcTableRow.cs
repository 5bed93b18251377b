using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>One row of the data table beside an SPC chart; every cell is display text, absent values say why.</summary>
/// <param name="Value">The formatted value, or "not submitted", "suppressed", "not applicable".</param>
/// <param name="Number">The value as a number, for CSV or sorting; null when absent.</param>
/// <param name="Mean">Formatted centre line of the month's segment, or empty.</param>
/// <param name="Lower">Formatted lower process limit, or empty.</param>
/// <param name="Upper">Formatted upper process limit, or empty.</param>
/// <param name="Target">Formatted target, or empty.</param>
/// <param name="Signal">"Common cause", or the special cause and its rule, such as "Concern: shift".</param>
public sealed record SpcTableRow(
    Period Period,
    string PeriodLabel,
    string Value,
    double? Number,
    string Mean,
    string Lower,
    string Upper,
    string Target,
    string Signal);
