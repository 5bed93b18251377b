namespace IbpPortal.Sections.Downloads;

/// <summary><c>/data/metrics/&lt;id&gt;.json</c>: a measure's definition, its benchmark tables for the reporting period and the national median by month.</summary>
internal sealed record MetricDownload(
    string Id,
    string Name,
    string Domain,
    string Unit,
    string Improvement,
    double? Target,
    string Description,
    bool Illustrative,
    string Period,
    BenchmarkGroupJson Trusts,
    BenchmarkGroupJson Icbs,
    IEnumerable<MonthlyMedianJson> NationalMedianByMonth);
