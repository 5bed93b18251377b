using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>Which target is in force for an organisation, metric and month, and where it came from.</summary>
/// <param name="Value">The target in force; null when there is none.</param>
/// <param name="Kind">The organisation's own trajectory, a target set for every organisation, or the national standard.</param>
/// <param name="Since">The month the value came into force, when it changed within the data (null when it has held throughout).</param>
/// <param name="Previous">The target before <paramref name="Since"/>; null with no earlier target.</param>
/// <param name="NationalStandard">The national standard in <c>metrics.csv</c>; null without one.</param>
public sealed record TargetBasis(double? Value, TargetKind Kind, Period? Since, double? Previous, double? NationalStandard)
{
    /// <summary>No target at all.</summary>
    public static TargetBasis None { get; } = new(null, TargetKind.None, null, null, null);
}
