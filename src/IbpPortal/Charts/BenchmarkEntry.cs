namespace IbpPortal.Charts;

/// <summary>One organisation's value and rank in a benchmarking chart (1 = best by the metric's direction).</summary>
public sealed record BenchmarkEntry(string OrgCode, string OrgName, double Value, int Rank);
