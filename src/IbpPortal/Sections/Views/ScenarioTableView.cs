namespace IbpPortal.Sections.Views;

/// <summary>One scenario's projections of one measure for every organisation with figures.</summary>
/// <param name="Name">The measure's name.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Id">The table's id.</param>
/// <param name="Url">The measure's page.</param>
public sealed record ScenarioTableView(string Name, string Scenario, string ScenarioId, string Id, bool Illustrative, string Url, IReadOnlyList<ScenarioRowView> Rows);
