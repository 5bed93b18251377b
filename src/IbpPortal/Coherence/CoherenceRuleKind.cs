namespace IbpPortal.Coherence;

/// <summary>The kinds of plan coherence rule <c>data/coherence.yml</c> can declare.</summary>
public enum CoherenceRuleKind
{
    /// <summary><c>growth_needs_capacity</c>: planned growth of a measure beyond a threshold needs planned growth in at least one supporting measure.</summary>
    GrowthNeedsCapacity,

    /// <summary><c>deficit_limit</c>: a planned figure (a month, or a financial year's total) below a limit.</summary>
    DeficitLimit,

    /// <summary><c>plan_jump</c>: a plan trajectory that moves more than a percentage from one month to the next.</summary>
    PlanJump,

    /// <summary><c>plan_below_target</c>: a plan that falls short of the target in force.</summary>
    PlanBelowTarget,

    /// <summary><c>guidance_four_hour</c>: the four-hour plan for March 2026 below 78% (NHS England 2025/26 planning guidance).</summary>
    GuidanceFourHour,

    /// <summary><c>guidance_rtt_18_weeks</c>: the 18-week plan for March 2026 less than 5 points above March 2025's actual (2025/26 guidance).</summary>
    GuidanceRttImprovement,

    /// <summary><c>guidance_agency_spend</c>: planned 2025/26 agency spend less than 30% below the 2024/25 actual (2025/26 guidance).</summary>
    GuidanceAgencySpend,

    /// <summary><c>guidance_activity_workforce</c>: workforce planned to grow faster than activity, so output per member of staff falls (2025/26 guidance's productivity ask).</summary>
    GuidanceActivityWorkforce,
}
