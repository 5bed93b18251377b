namespace IbpPortal.Sections.Views;

/// <summary>The organisations of one peer group in a benchmark table, with the group's median.</summary>
public sealed record PeerGroupView(string Name, string Id, string Median, IReadOnlyList<BenchmarkRowView> Rows);
