using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>The values a unit can take: beyond these a figure is a typing or export mistake, not data.</summary>
/// <param name="Min">The smallest value accepted.</param>
/// <param name="Max">The largest value accepted.</param>
/// <param name="Why">Why the range is what it is, for the message.</param>
internal sealed record UnitRange(double Min, double Max, string Why)
{
    // One of each, made once: the checks ask for a row's range on every one of hundreds of thousands of rows.
    private static readonly UnitRange Count = new(0, 1e9, "a count cannot be negative, and no NHS count comes near a billion");
    private static readonly UnitRange Days = new(0, 1e5, "a number of days cannot be negative, and 100,000 days is 270 years");
    private static readonly UnitRange Wte = new(0, 1e7, "staff in post (WTE) cannot be negative, and the whole NHS has under two million");
    private static readonly UnitRange Gbp = new(-1e12, 1e12, "£1 trillion is several times the whole NHS budget");
    private static readonly UnitRange Rate = new(-1e9, 1e9, "no rate comes near a billion");
    private static readonly UnitRange Percent = new(-1e4, 1e4, "a percentage beyond ±10,000% cannot be a real figure");

    /// <summary>The range of <paramref name="unit"/>.</summary>
    /// <remarks>
    /// The upper bounds are far above any NHS figure (England's whole NHS budget is about £2 × 10¹¹ a year, its
    /// workforce about 1.5 million WTE) and far below where charts and sums lose precision. Percentages may go
    /// beyond 0–100 here (occupancy, activity against a baseline, change on last year); that is a warning
    /// of its own (<see cref="ValueRangeChecks"/>).
    /// </remarks>
    public static UnitRange Of(Unit unit) => unit switch
    {
        Unit.Count => Count,
        Unit.Days => Days,
        Unit.Wte => Wte,
        Unit.Gbp => Gbp,
        Unit.Rate => Rate,
        _ => Percent,
    };

    /// <summary>True when <paramref name="value"/> lies in the range.</summary>
    public bool Contains(double value) => value >= Min && value <= Max;

    /// <summary>The range for a message, such as "0 to 1,000,000,000".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Min:#,0.##} to {Max:#,0.##}");
}
