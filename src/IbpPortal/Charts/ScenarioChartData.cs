using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What a scenario chart shows: recent actuals, one projection per scenario, the target.</summary>
/// <param name="Actual">Actual months; the chart shows the last twelve.</param>
public sealed record ScenarioChartData(string Title, Metric Metric, string OrgName, IReadOnlyList<SeriesPoint> Actual, IReadOnlyList<ScenarioLine> Scenarios, double? Target);
