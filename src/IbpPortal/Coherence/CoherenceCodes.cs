namespace IbpPortal.Coherence;

/// <summary>Warning codes of plan coherence findings, one per rule kind (IBP1601–IBP1604), and the rules' names in <c>coherence.yml</c>.</summary>
public static class CoherenceCodes
{
    /// <summary>Growth without supporting growth.</summary>
    public const string GrowthNeedsCapacity = "IBP1601";

    /// <summary>A planned deficit beyond the limit.</summary>
    public const string DeficitLimit = "IBP1602";

    /// <summary>A plan trajectory that jumps.</summary>
    public const string PlanJump = "IBP1603";

    /// <summary>A plan short of its target.</summary>
    public const string PlanBelowTarget = "IBP1604";

    /// <summary>The diagnostic code of a rule kind's findings.</summary>
    public static string For(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GrowthNeedsCapacity => GrowthNeedsCapacity,
        CoherenceRuleKind.DeficitLimit => DeficitLimit,
        CoherenceRuleKind.PlanJump => PlanJump,
        _ => PlanBelowTarget,
    };

    /// <summary>The rule's name in <c>coherence.yml</c>.</summary>
    public static string RuleName(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GrowthNeedsCapacity => "growth_needs_capacity",
        CoherenceRuleKind.DeficitLimit => "deficit_limit",
        CoherenceRuleKind.PlanJump => "plan_jump",
        _ => "plan_below_target",
    };

    /// <summary>A heading for readers, such as "Growth without the capacity to deliver it".</summary>
    public static string Title(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GrowthNeedsCapacity => "Growth without the capacity to deliver it",
        CoherenceRuleKind.DeficitLimit => "Planned deficit beyond the limit",
        CoherenceRuleKind.PlanJump => "Plan trajectory jumps between months",
        _ => "Plan falls short of the target",
    };
}
