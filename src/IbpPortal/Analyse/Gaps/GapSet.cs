using IbpPortal.Model;

namespace IbpPortal.Analyse.Gaps;

/// <summary>Every gap for one organisation and metric, ready for the scorecard and gap charts.</summary>
/// <param name="AsAt">The latest month with an actual value at or before the reporting period; null when there is none.</param>
/// <param name="PlanMonth">Actual against plan in <paramref name="AsAt"/>; null without both figures.</param>
/// <param name="PlanYearToDate">Actual against plan from April to <paramref name="AsAt"/>; null unless every month has both figures.</param>
/// <param name="Target">Actual against the target in force in <paramref name="AsAt"/>; null without a target.</param>
/// <param name="DemandCapacity">For a capacity metric that meets a demand metric: capacity − demand for each month of actuals with both values.</param>
/// <param name="PlannedDemandCapacity">The same from the plans.</param>
public sealed record GapSet(
    string Org,
    Metric Metric,
    Period? AsAt,
    Gap? PlanMonth,
    Gap? PlanYearToDate,
    Gap? Target,
    IReadOnlyList<Gap> DemandCapacity,
    IReadOnlyList<Gap> PlannedDemandCapacity)
{
    /// <summary>No gaps: the organisation has no actuals for the metric.</summary>
    public static GapSet None(string org, Metric metric) => new(org, metric, null, null, null, null, [], []);

    /// <summary>The latest demand and capacity gap from actuals, if any.</summary>
    public Gap? LatestDemandCapacity => DemandCapacity.Count > 0 ? DemandCapacity[^1] : null;
}
