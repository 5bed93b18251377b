using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary>The ways NHS England's files write the month they cover.</summary>
internal static class PublishedPeriod
{
    private static readonly string[] Months =
        ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER"];

    /// <summary>A month's number from its English name or first three letters (<c>September</c>, <c>SEP</c>); 0 when not one.</summary>
    public static int Month(string name)
    {
        var text = name.Trim();
        if (text.Length < 3)
        {
            return 0;
        }

        return Array.FindIndex(Months, m => m.Equals(text, StringComparison.OrdinalIgnoreCase) ||
            (text.Length == 3 && m.StartsWith(text, StringComparison.OrdinalIgnoreCase))) + 1;
    }

    /// <summary>Finds <c>Month YYYY</c> anywhere in a text: <c>August 2024 monthly data</c>, <c>RTT-January-2026</c>, <c>Period: August 2024</c>.</summary>
    public static bool TryFind(string text, out Period period)
    {
        period = default;
        var words = text.Split([' ', '-', '_', ',', ':'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < words.Length; i++)
        {
            var month = words[i].Length > 3 ? Month(words[i]) : 0;
            if (month > 0 && words[i + 1].Length == 4 &&
                int.TryParse(words[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1990)
            {
                period = new Period(year, month);
                return true;
            }
        }

        return false;
    }

    /// <summary>A date cell: <c>yyyy-MM-dd</c> (a workbook's date), <c>dd/MM/yyyy</c>, or an Excel serial day number.</summary>
    public static bool TryDate(string text, out Period period)
    {
        period = default;
        var trimmed = text.Trim();
        string[] formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd HH:mm:ss"];
        if (DateTime.TryParseExact(trimmed, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            period = new Period(date.Year, date.Month);
            return true;
        }

        if (double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 20000 and < 80000)
        {
            date = DateTime.FromOADate(serial);
            period = new Period(date.Year, date.Month);
            return true;
        }

        return false;
    }

    /// <summary>A month of an NHS financial year: <c>2024-25</c> and <c>September</c> is 2024-09, with <c>March</c> 2025-03.</summary>
    public static bool TryFinancialYearMonth(string year, string month, out Period period)
    {
        period = default;
        var m = Month(month);
        if (m == 0 || year.Trim().Length < 4 || !int.TryParse(year.Trim().AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return false;
        }

        period = new Period(m >= 4 ? start : start + 1, m);
        return true;
    }
}
