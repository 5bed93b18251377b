namespace IbpPortal.Sections.Views;

/// <summary>A measure some scenario moves, on the scenarios page: a chart of every projection, then each scenario's table.</summary>
/// <param name="Id">The id of its section.</param>
/// <param name="Url">The measure's page.</param>
/// <param name="Chart">Every projection against plan and target; null when there is nothing to draw.</param>
public sealed record ScenarioMeasureView(string Name, string Id, string Url, bool Illustrative, ChartView? Chart, IReadOnlyList<ScenarioTableView> Tables);
