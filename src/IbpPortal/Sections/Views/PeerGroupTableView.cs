namespace IbpPortal.Sections.Views;

/// <summary>A peer group's own benchmark table on a measure page.</summary>
/// <param name="Median">The group's median, as shown.</param>
public sealed record PeerGroupTableView(string Name, string Median, BenchmarkTableView Table);
