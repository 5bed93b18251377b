using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What a scenario comparison chart shows: for one measure, where each organisation's projections land at the horizon, beside its plan and target then.</summary>
/// <param name="Projections">The names of the projections, the baseline first; each row's <see cref="ScenarioComparisonRow.Projected"/> follows this order.</param>
/// <param name="Horizon">The month the projections reach.</param>
public sealed record ScenarioComparisonData(string Title, Metric Metric, IReadOnlyList<string> Projections, Period Horizon, IReadOnlyList<ScenarioComparisonRow> Rows);

/// <summary>One organisation's row: its latest figure, its projections at the horizon, and its plan and target then.</summary>
/// <param name="Projected">One value per projection of <see cref="ScenarioComparisonData.Projections"/>; null where there is none.</param>
public sealed record ScenarioComparisonRow(string OrgName, double Latest, IReadOnlyList<double?> Projected, double? Plan, double? Target);
