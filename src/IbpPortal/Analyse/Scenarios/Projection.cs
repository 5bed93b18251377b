using IbpPortal.Analyse.Gaps;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>A metric projected ahead under one scenario, or on its baseline with no adjustment.</summary>
/// <param name="Scenario">The scenario; null for the baseline.</param>
/// <param name="Name">The scenario's name, or <see cref="ScenarioProjector.BaselineName"/>.</param>
/// <param name="AnnualChangePercent">The scenario's annual % change for this metric itself; 0 when it does not adjust it.</param>
/// <param name="NumeratorChangePercent">For a ratio metric, the scenario's annual % change for its numerator; null otherwise.</param>
/// <param name="DenominatorChangePercent">For a ratio metric, the scenario's annual % change for its denominator; null otherwise.</param>
/// <param name="Start">The latest actual month and figure: every projection starts there.</param>
/// <param name="Points">Months 1 to the horizon after the latest actual.</param>
/// <param name="TargetAtHorizon">The target in force in the horizon month, if any.</param>
/// <param name="GapToTarget">Projection − target at the horizon, with direction; null without a target.</param>
/// <param name="PlanAtHorizon">The plan for the horizon month, if any.</param>
/// <param name="GapToPlan">Projection − plan at the horizon, with direction; null without a plan.</param>
public sealed record Projection(
    Scenario? Scenario,
    string Name,
    double AnnualChangePercent,
    double? NumeratorChangePercent,
    double? DenominatorChangePercent,
    int HorizonMonths,
    ProjectedPoint Start,
    IReadOnlyList<ProjectedPoint> Points,
    double? TargetAtHorizon,
    Gap? GapToTarget,
    double? PlanAtHorizon = null,
    Gap? GapToPlan = null)
{
    /// <summary>True for the baseline.</summary>
    public bool IsBaseline => Scenario is null;

    /// <summary>True when the scenario changes this metric, itself or through its numerator or denominator.</summary>
    public bool IsAdjusted => AnnualChangePercent != 0 || (NumeratorChangePercent ?? 0) != 0 || (DenominatorChangePercent ?? 0) != 0;

    /// <summary>The projected value at the horizon.</summary>
    public ProjectedPoint AtHorizon => Points[^1];

    /// <summary>The start (the latest actual) followed by the projected months.</summary>
    public IEnumerable<ProjectedPoint> FromLatestActual => Points.Prepend(Start);
}
