using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What the ranking and distribution charts show: every organisation's value for one metric and period.</summary>
/// <param name="CurrentOrgCode">The organisation the page is about; highlighted in NHS blue.</param>
/// <param name="LowerQuartile">First quartile (QUARTILE.INC) of the values.</param>
/// <param name="UpperQuartile">Third quartile (QUARTILE.INC) of the values.</param>
/// <param name="Target">The national standard drawn across the ranking as a line; null for none.</param>
public sealed record BenchmarkChartData(
    string Title,
    Metric Metric,
    Period Period,
    IReadOnlyList<BenchmarkEntry> Entries,
    string CurrentOrgCode,
    double NationalMedian,
    double LowerQuartile,
    double UpperQuartile,
    double? Target = null);
