using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>Reads a promised recovery month as narratives write it: "March 2026", "Mar 2026", "2026-03", or with a leading word ("end of March 2026").</summary>
public static class PromiseMonth
{
    private static readonly string[] Formats = ["MMMM yyyy", "MMM yyyy", "yyyy-MM"];

    /// <summary>The month, or null when the text names no month (such as "Q4" or "TBC").</summary>
    public static Period? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = text.Trim().TrimEnd('.').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var take = Math.Min(2, words.Length); take >= 1; take--)
        {
            var tail = string.Join(' ', words[^take..]);
            if (DateTime.TryParseExact(tail, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return new Period(date.Year, date.Month);
            }
        }

        return null;
    }
}
