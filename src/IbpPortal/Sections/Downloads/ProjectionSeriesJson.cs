namespace IbpPortal.Sections.Downloads;

/// <summary>One scenario's projection, starting at the latest actual month.</summary>
internal sealed record ProjectionSeriesJson(
    string Scenario,
    string Name,
    double AnnualChangePercent,
    double? NumeratorChangePercent,
    double? DenominatorChangePercent,
    string Starts,
    double? TargetAtHorizon,
    double? PlanAtHorizon,
    IEnumerable<ProjectionPointJson> Points);
