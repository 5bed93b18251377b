namespace IbpPortal.Sections.Views;

/// <summary>A ranked benchmark table, as the <c>benchmark-table</c> partial shows it on metric pages and in the benchmark shortcode.</summary>
/// <param name="Id">The table's HTML id (the peer filter refers to it).</param>
/// <param name="Median">The national median as shown.</param>
/// <param name="IsJudgement">False for a neutral metric, whose order is no judgement.</param>
/// <param name="CsvUrl">The download of the metric's table, or null.</param>
public sealed record BenchmarkTableView(
    string Id,
    string Caption,
    string MetricName,
    string MetricUrl,
    string PeriodLabel,
    string Median,
    bool IsJudgement,
    bool Illustrative,
    IReadOnlyList<BenchmarkRowView> Rows,
    string? CsvUrl);
