using IbpPortal.Model;

namespace IbpPortal.Analyse.Exceptions;

/// <summary>A measure the rules picked out as an exception, with every reason and a severity to rank it by.</summary>
/// <param name="Row">The measure's scorecard line.</param>
/// <param name="Reasons">Each rule it meets, most severe first.</param>
/// <param name="Severity">The sum of the reasons' weights (<see cref="ExceptionRules.Weight(ExceptionReason, ScorecardRow)"/>); higher is more serious.</param>
/// <param name="ConcernMonths">The months of the current segment flagged special-cause concern, oldest first.</param>
/// <param name="PlanShortfallPercent">How far adverse to plan, as a percentage of the plan, when <see cref="ExceptionReason.OffPlan"/>.</param>
public sealed record ExceptionFinding(
    ScorecardRow Row,
    IReadOnlyList<ExceptionReason> Reasons,
    int Severity,
    IReadOnlyList<Period> ConcernMonths,
    double? PlanShortfallPercent)
{
    /// <summary>The measure.</summary>
    public Metric Metric => Row.Metric;

    /// <summary>True when the finding gives this reason.</summary>
    public bool Has(ExceptionReason reason) => Reasons.Contains(reason);
}
