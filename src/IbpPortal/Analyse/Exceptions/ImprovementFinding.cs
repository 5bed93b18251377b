using IbpPortal.Model;

namespace IbpPortal.Analyse.Exceptions;

/// <summary>A measure reported as improving, with its reasons.</summary>
/// <param name="Row">The measure's scorecard line.</param>
/// <param name="Reasons">Each improvement rule it meets.</param>
public sealed record ImprovementFinding(ScorecardRow Row, IReadOnlyList<ImprovementReason> Reasons)
{
    /// <summary>The measure.</summary>
    public Metric Metric => Row.Metric;
}
