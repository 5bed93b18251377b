using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Import.Tables;

/// <summary>Reads a published cell as a figure: blank is missing, <c>*</c> suppressed, <c>-</c> not applicable, never 0.</summary>
internal static class CellParser
{
    /// <summary>The cell's value, or false when it is text that is neither a number nor one of the absent markers.</summary>
    public static bool TryValue(string text, out DataValue value)
    {
        var trimmed = text.Trim();
        switch (trimmed)
        {
            case "":
                value = DataValue.Missing;
                return true;
            case "*" or "**" or "c":
                value = DataValue.Suppressed;
                return true;
            case "-" or ".." or ":":
                value = DataValue.NotApplicable;
                return true;
        }

        var plain = trimmed.Replace(",", string.Empty, StringComparison.Ordinal);
        if (double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = DataValue.Of(number);
            return true;
        }

        value = DataValue.Missing;
        return false;
    }
}
