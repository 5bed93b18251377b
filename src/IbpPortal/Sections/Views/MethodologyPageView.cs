namespace IbpPortal.Sections.Views;

/// <summary>The model of the methodology page: the key to the SPC icons and links to the pages it explains.</summary>
/// <param name="HasData">Whether the portal has plan data (without it the page explains less).</param>
/// <param name="BenchmarkingUrl">The benchmarking page; null when this build has none.</param>
/// <param name="ScenariosUrl">The scenarios page; null when this build has none.</param>
/// <param name="VariationKey">Each variation icon with what it means.</param>
/// <param name="AssuranceKey">Each assurance icon with what it means.</param>
public sealed record MethodologyPageView(
    bool HasData,
    string? BenchmarkingUrl,
    string? ScenariosUrl,
    IReadOnlyList<SignalKeyView> VariationKey,
    IReadOnlyList<SignalKeyView> AssuranceKey);
