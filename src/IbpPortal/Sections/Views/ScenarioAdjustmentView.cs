namespace IbpPortal.Sections.Views;

/// <summary>One change a scenario assumes.</summary>
/// <param name="Metric">The measure's name.</param>
/// <param name="Change">The change a year, such as "+2% a year".</param>
public sealed record ScenarioAdjustmentView(string Metric, string Change);
