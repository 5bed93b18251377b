using System.Globalization;

namespace IbpPortal.Model;

/// <summary>A reporting month, written <c>YYYY-MM</c> in data files.</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    private static readonly string[] ShortMonths =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly string[] LongMonths =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>Parses exactly <c>YYYY-MM</c> (month 01 to 12); anything else fails.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = default;
        if (text is null || text.Length != 7 || text[4] != '-')
        {
            return false;
        }

        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) ||
            !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) ||
            month is < 1 or > 12 || year < FirstYear)
        {
            return false;
        }

        period = new Period(year, month);
        return true;
    }

    /// <summary>The earliest year a period may have.</summary>
    public const int FirstYear = 1900;

    /// <summary>
    /// Why <paramref name="text"/> is not a period, to follow "'2019-13' is": "not a month written YYYY-MM",
    /// "a month whose year 1899 is before 1900" or "a month whose month 13 is not from 01 to 12".
    /// </summary>
    public static string WhyNot(string text)
    {
        if (text.Length == 7 && text[4] == '-' &&
            int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) &&
            int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            if (month is < 1 or > 12)
            {
                return $"written YYYY-MM but its month {text[5..]} is not from 01 to 12";
            }

            if (year < FirstYear)
            {
                return $"written YYYY-MM but its year {year.ToString(CultureInfo.InvariantCulture)} is out of range: the earliest year accepted is {FirstYear.ToString(CultureInfo.InvariantCulture)}";
            }
        }

        return "not a month written YYYY-MM";
    }

    /// <summary>Parses <c>YYYY-MM</c> or throws; for trusted input such as tests and settings already validated.</summary>
    public static Period Parse(string text) =>
        TryParse(text, out var period) ? period : throw new FormatException($"'{text}' is not a period in the form YYYY-MM.");

    /// <summary>The month <paramref name="months"/> after (or before, when negative) this one.</summary>
    public Period AddMonths(int months)
    {
        var index = (Year * 12) + (Month - 1) + months;
        return new Period(index / 12, (index % 12) + 1);
    }

    /// <summary>Months from <paramref name="earlier"/> to this period (positive when this is later).</summary>
    public int MonthsSince(Period earlier) => ((Year - earlier.Year) * 12) + (Month - earlier.Month);

    /// <summary>The first month of the NHS financial year (April) that holds this period.</summary>
    public Period FinancialYearStart => Month >= 4 ? new Period(Year, 4) : new Period(Year - 1, 4);

    /// <summary>Short label such as <c>Sep 2026</c>.</summary>
    public string ToShortDisplay() => $"{ShortMonths[Month - 1]} {Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Long label such as <c>September 2026</c>.</summary>
    public string ToLongDisplay() => $"{LongMonths[Month - 1]} {Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>True for the last month of a calendar quarter (March, June, September, December), where quarterly figures are stored.</summary>
    public bool IsQuarterEnd => Month % 3 == 0;

    /// <summary>The quarter ending in this month, such as <c>Jul–Sep 2024</c> (the months say which quarter, whatever the year's start).</summary>
    public string ToQuarterDisplay()
    {
        var first = AddMonths(-2);
        return $"{ShortMonths[first.Month - 1]}–{ShortMonths[Month - 1]} {Year.ToString(CultureInfo.InvariantCulture)}";
    }

    /// <summary>The NHS financial quarter ending in this month, such as <c>Q2 2024/25</c> for July to September 2024.</summary>
    public string ToFinancialQuarter()
    {
        var start = FinancialYearStart;
        var quarter = (MonthsSince(start) / 3) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"Q{quarter} {start.Year}/{(start.Year + 1) % 100:D2}");
    }

    /// <summary>The label for a figure of a measure of this frequency: <c>Sep 2024</c>, or <c>Jul–Sep 2024</c> for a quarter.</summary>
    public string ToDisplay(MetricFrequency frequency) => frequency == MetricFrequency.Quarterly ? ToQuarterDisplay() : ToShortDisplay();

    /// <summary>The first day of the month, for charts and feeds.</summary>
    public DateOnly FirstDay => new(Year, Month, 1);

    /// <inheritdoc />
    public int CompareTo(Period other) => Year != other.Year ? Year.CompareTo(other.Year) : Month.CompareTo(other.Month);

    /// <summary>Earlier than.</summary>
    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    /// <summary>Later than.</summary>
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    /// <summary>Not later than.</summary>
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    /// <summary>Not earlier than.</summary>
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>YYYY-MM</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");
}
