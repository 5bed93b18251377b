using IbpPortal.Analyse.Gaps;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>A metric projected ahead under one scenario, or on its current trend.</summary>
/// <param name="Scenario">The scenario; null for the current-trend baseline.</param>
/// <param name="Name">The scenario's name, or "Current trend".</param>
/// <param name="AnnualChangePercent">The scenario's annual % change for this metric; 0 when it does not adjust it.</param>
/// <param name="Points">Months 1 to the horizon after the latest actual.</param>
/// <param name="TargetAtHorizon">The target in force in the horizon month, if any.</param>
/// <param name="GapToTarget">Projection − target at the horizon, with direction; null without a target.</param>
public sealed record Projection(
    Scenario? Scenario,
    string Name,
    double AnnualChangePercent,
    int HorizonMonths,
    IReadOnlyList<ProjectedPoint> Points,
    double? TargetAtHorizon,
    Gap? GapToTarget)
{
    /// <summary>True for the current-trend baseline.</summary>
    public bool IsBaseline => Scenario is null;

    /// <summary>The projected value at the horizon.</summary>
    public ProjectedPoint AtHorizon => Points[^1];
}
