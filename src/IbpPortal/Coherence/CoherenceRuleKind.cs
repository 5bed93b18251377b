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
}
