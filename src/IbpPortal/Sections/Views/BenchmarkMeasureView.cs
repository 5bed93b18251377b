namespace IbpPortal.Sections.Views;

/// <summary>A measure on the benchmarking page: its trusts' median at its latest month and which way is better.</summary>
/// <param name="Url">The measure's page.</param>
/// <param name="Median">The trusts' median with its month when that is not the edition's, or "no figures".</param>
/// <param name="Ranked">How many trusts are ranked.</param>
/// <param name="Target">The national standard; null when there is none.</param>
public sealed record BenchmarkMeasureView(string Name, string Url, string Median, int Ranked, string Direction, string? Target, bool Illustrative);
