using IbpPortal.Diagnostics;

namespace IbpPortal.Model;

/// <summary>A planning scenario from <c>scenarios.yml</c>.</summary>
/// <param name="Adjustments">Metric id to annual percentage change (e.g. 3.5 for +3.5% a year).</param>
public sealed record Scenario(
    string Id,
    string Name,
    string Description,
    int HorizonMonths,
    IReadOnlyDictionary<string, double> Adjustments,
    SourceLocation Source);
