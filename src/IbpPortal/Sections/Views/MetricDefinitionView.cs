namespace IbpPortal.Sections.Views;

/// <summary>A measure's definition as its page states it.</summary>
/// <param name="Direction">Which way is better, in words.</param>
/// <param name="Target">The national standard in a sentence, or that there is none.</param>
/// <param name="Aggregation">How an ICB's figure is made from its trusts'.</param>
/// <param name="Ratio">For a ratio, its numerator divided by its denominator, by name; null otherwise.</param>
public sealed record MetricDefinitionView(
    string Id,
    string Name,
    string Description,
    string Domain,
    string Unit,
    string Direction,
    string Target,
    string Aggregation,
    bool Illustrative,
    string? Ratio);
