namespace IbpPortal.Analyse.Gaps;

/// <summary>What a gap compares.</summary>
public enum GapKind
{
    /// <summary>Actual against plan in one month.</summary>
    PlanMonth,

    /// <summary>Actual against plan over the financial year to date.</summary>
    PlanYearToDate,

    /// <summary>Actual against the target in force.</summary>
    Target,

    /// <summary>Capacity against the demand it is meant to meet (capacity − demand).</summary>
    DemandCapacity,

    /// <summary>A projection against the target in force at the horizon.</summary>
    ProjectedTarget,

    /// <summary>A projection against the plan for the horizon month.</summary>
    ProjectedPlan,
}
