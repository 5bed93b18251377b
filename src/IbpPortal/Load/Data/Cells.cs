using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Parses the cells of data files (values, periods, numbers, words), reporting what was found when a cell is wrong.</summary>
internal static class Cells
{
    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Parses a value cell: blank is missing, <c>*</c> suppressed, <c>-</c> not applicable, else an invariant number.</summary>
    public static bool TryValue(CsvRow row, string column, DiagnosticBag diagnostics, out DataValue value)
    {
        var text = row[column];
        value = text switch
        {
            "" => DataValue.Missing,
            "*" => DataValue.Suppressed,
            "-" => DataValue.NotApplicable,
            _ => default,
        };
        if (text.Length == 0 || text is "*" or "-")
        {
            return true;
        }

        if (TryNumber(text, out var number))
        {
            value = DataValue.Of(number);
            return true;
        }

        diagnostics.Error(
            row.Location,
            DataDiagnosticCodes.InvalidNumber,
            $"'{column}' is '{text}', which is not a number",
            NumberHint(text) + "; leave it blank when missing, * when suppressed, - when not applicable");
        return false;
    }

    /// <summary>Parses an optional number cell (blank gives null).</summary>
    public static bool TryOptionalNumber(CsvRow row, string column, DiagnosticBag diagnostics, out double? number)
    {
        var text = row[column];
        number = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (TryNumber(text, out var parsed))
        {
            number = parsed;
            return true;
        }

        diagnostics.Error(
            row.Location,
            DataDiagnosticCodes.InvalidNumber,
            $"'{column}' is '{text}', which is not a number",
            NumberHint(text) + "; or leave it blank");
        return false;
    }

    /// <summary>Parses a <c>YYYY-MM</c> period cell.</summary>
    public static bool TryPeriod(CsvRow row, string column, DiagnosticBag diagnostics, out Period period)
    {
        var text = row[column];
        if (Period.TryParse(text, out period))
        {
            return true;
        }

        diagnostics.Error(
            row.Location,
            DataDiagnosticCodes.InvalidPeriod,
            text.Length == 0 ? $"'{column}' is blank" : $"'{column}' is '{text}', which is {Period.WhyNot(text)}",
            "write the month as year, dash, two-digit month, such as 2025-04");
        return false;
    }

    /// <summary>Reads a cell that must not be blank.</summary>
    public static bool TryRequired(CsvRow row, string column, DiagnosticBag diagnostics, out string text)
    {
        text = row[column];
        if (text.Length > 0)
        {
            return true;
        }

        diagnostics.Error(row.Location, DataDiagnosticCodes.BlankRequiredCell, $"'{column}' is blank", $"fill in the {column}");
        return false;
    }

    /// <summary>Parses one of a fixed set of lower-case words into an enum value, listing the allowed words when it is not one.</summary>
    public static bool TryWord<TEnum>(CsvRow row, string column, string code, DiagnosticBag diagnostics, out TEnum value)
        where TEnum : struct, Enum
    {
        var text = row[column];
        var names = Enum.GetNames<TEnum>();
        foreach (var name in names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<TEnum>(name);
                return true;
            }
        }

        value = default;
        var allowed = names.Select(n => n.ToLowerInvariant()).ToArray();
        diagnostics.Error(
            row.Location,
            code,
            (text.Length == 0 ? $"'{column}' is blank" : $"'{column}' is '{text}', which is not known") + NearestName.DidYouMean(text, allowed),
            $"use one of: {string.Join(", ", allowed)}");
        return false;
    }

    /// <summary>Parses an invariant-culture number; no thousands separators, no percent sign, finite only.</summary>
    public static bool TryNumber(string text, out double number) =>
        double.TryParse(text, NumberStyle, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    private static string NumberHint(string text) =>
        text.EndsWith('%') ? "write percentages as plain numbers without the % sign (75.5, not 75.5%)"
        : text.Contains(',', StringComparison.Ordinal) ? "write numbers without thousands separators (12345, not 12,345)"
        : "write a plain number with a decimal point, such as 1234 or 75.5";
}
