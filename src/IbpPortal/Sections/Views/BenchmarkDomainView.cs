namespace IbpPortal.Sections.Views;

/// <summary>One domain's measures on the benchmarking page.</summary>
/// <param name="Id">The id of the domain's heading.</param>
public sealed record BenchmarkDomainView(string Name, string Id, IReadOnlyList<BenchmarkMeasureView> Metrics);
