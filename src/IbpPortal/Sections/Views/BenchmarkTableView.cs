namespace IbpPortal.Sections.Views;

/// <summary>A ranked benchmark table, as the <c>benchmark-table</c> partial shows it on metric pages and in the benchmark shortcode.</summary>
/// <param name="Id">The table's HTML id (the peer filter refers to it).</param>
/// <param name="Median">The median with the scope it is of, as shown: "93.5% (11 trusts in this portal)".</param>
/// <param name="IsJudgement">False for a neutral metric, whose order is no judgement.</param>
/// <param name="CsvUrl">The download of the metric's table, or null.</param>
/// <param name="Note">What the ranks are among, or why there are none.</param>
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
    string? CsvUrl,
    string Note = "");
