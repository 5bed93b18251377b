namespace IbpPortal.Charts;

/// <summary>The layout charts get for a phone: a second drawing the page shows below 640 px instead of shrinking the wide one.</summary>
/// <remarks>320 px wide sets 12-pixel text at 11 px in a 288 px column (a 320 px phone) and grows with wider phones.</remarks>
public static class PhoneChart
{
    /// <summary>The phone layout's size in CSS pixels.</summary>
    public static ChartSize Size { get; } = new(320, 300);

    /// <summary>Charts narrower than this shorten their notes and wrap their keys.</summary>
    public const int CompactWidth = 480;

    /// <summary>True when a chart laid out at <paramref name="size"/> must shorten its notes.</summary>
    public static bool IsCompact(ChartSize size) => size.Width < CompactWidth;
}
