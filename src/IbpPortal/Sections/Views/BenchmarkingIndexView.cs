namespace IbpPortal.Sections.Views;

/// <summary>The model of <c>/benchmarking/</c>: every measure by domain with its trusts' median.</summary>
public sealed record BenchmarkingIndexView(string Period, IReadOnlyList<BenchmarkDomainView> Domains);
