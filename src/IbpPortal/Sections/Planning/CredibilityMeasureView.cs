namespace IbpPortal.Sections.Planning;

/// <summary>One measure's plan on the planning page, judged month by month against the organisation's current process.</summary>
/// <param name="Verdict">The least credible verdict among its months, in words.</param>
/// <param name="VerdictKey">That verdict's name, for styling.</param>
/// <param name="Headline">The verdict on the plan's last month; null without planned months.</param>
/// <param name="Pace">The pace the plan needs against the best seen, in a sentence; null when not worked out.</param>
/// <param name="Judged">How many months were judged of each: "9 of the plan, 9 of the trajectory".</param>
/// <param name="Within">Months within the current process.</param>
/// <param name="Better">Months that need a better process.</param>
/// <param name="Beyond">Months beyond anything seen.</param>
public sealed record CredibilityMeasureView(
    string Name,
    string Id,
    string Verdict,
    string VerdictKey,
    string? Headline,
    string? Pace,
    string Judged,
    int Within,
    int Better,
    int Beyond,
    IReadOnlyList<CredibilityMonthView> Months,
    bool Illustrative);
