using IbpPortal.Model;

namespace IbpPortal.Sections;

/// <summary>Names the month a measure's figures are of, flagging it when it is not the edition's reporting period.</summary>
/// <remarks>Publications lag or lead the edition: cancer waiting times and KH03 end earlier, an extract imported ahead of the
/// edition later. The reader is told "latest: Mar 2025" rather than shown an empty table for the reporting period.</remarks>
internal static class LatestMonth
{
    /// <summary>"Jun 2025" for the reporting period (or its quarter); "latest: Jan 2026" or "latest: Q3 2024-25" otherwise.</summary>
    public static string Label(Period shown, Period reportingPeriod, MetricFrequency frequency) =>
        IsReportingPeriod(shown, reportingPeriod, frequency) ? shown.ToDisplay(frequency) : "latest: " + shown.ToDisplay(frequency);

    /// <summary>" (latest: Jan 2026)" to follow a figure of a month other than the reporting period; empty for the reporting period.</summary>
    public static string Suffix(Period shown, Period reportingPeriod, MetricFrequency frequency) =>
        IsReportingPeriod(shown, reportingPeriod, frequency) ? string.Empty : $" ({Label(shown, reportingPeriod, frequency)})";

    /// <summary>The lede of a page about one measure: "June 2025", or "Latest: January 2026 (this edition reports on June 2025)".</summary>
    public static string Lede(Period shown, Period reportingPeriod, MetricFrequency frequency)
    {
        var month = frequency == MetricFrequency.Quarterly ? shown.ToQuarterDisplay() : shown.ToLongDisplay();
        return IsReportingPeriod(shown, reportingPeriod, frequency)
            ? month
            : $"Latest: {month}, the newest figures the portal has for this measure (this edition reports on {reportingPeriod.ToLongDisplay()})";
    }

    private static bool IsReportingPeriod(Period shown, Period reportingPeriod, MetricFrequency frequency) =>
        frequency == MetricFrequency.Quarterly ? shown == QuarterEnd(reportingPeriod) : shown == reportingPeriod;

    private static Period QuarterEnd(Period period) => period.AddMonths((3 - (period.Month % 3)) % 3);
}
