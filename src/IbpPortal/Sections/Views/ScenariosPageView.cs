namespace IbpPortal.Sections.Views;

/// <summary>The model of <c>/scenarios/</c>: each scenario's assumptions, then a section for every measure a scenario moves.</summary>
/// <param name="MethodologyUrl">The methodology page's projections section; null when this build has no methodology page.</param>
public sealed record ScenariosPageView(
    string Period,
    string? MethodologyUrl,
    IReadOnlyList<ScenarioView> Scenarios,
    IReadOnlyList<ScenarioMeasureView> Measures);
