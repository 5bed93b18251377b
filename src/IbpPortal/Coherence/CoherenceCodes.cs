namespace IbpPortal.Coherence;

/// <summary>Warning codes of plan coherence findings, one per rule kind (IBP1601–IBP1604; the planning guidance's ready-made rules IBP1611–IBP1614), and the rules' names in <c>coherence.yml</c>.</summary>
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

    /// <summary>A four-hour plan for March 2026 below the guidance's 78%.</summary>
    public const string GuidanceFourHour = "IBP1611";

    /// <summary>An 18-week plan that improves by less than the guidance's 5 points.</summary>
    public const string GuidanceRttImprovement = "IBP1612";

    /// <summary>Planned agency spend that falls by less than the guidance's 30%.</summary>
    public const string GuidanceAgencySpend = "IBP1613";

    /// <summary>Workforce planned to grow faster than activity.</summary>
    public const string GuidanceActivityWorkforce = "IBP1614";

    /// <summary>The diagnostic code of a rule kind's findings.</summary>
    public static string For(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GrowthNeedsCapacity => GrowthNeedsCapacity,
        CoherenceRuleKind.DeficitLimit => DeficitLimit,
        CoherenceRuleKind.PlanJump => PlanJump,
        CoherenceRuleKind.GuidanceFourHour => GuidanceFourHour,
        CoherenceRuleKind.GuidanceRttImprovement => GuidanceRttImprovement,
        CoherenceRuleKind.GuidanceAgencySpend => GuidanceAgencySpend,
        CoherenceRuleKind.GuidanceActivityWorkforce => GuidanceActivityWorkforce,
        _ => PlanBelowTarget,
    };

    /// <summary>The rule's name in <c>coherence.yml</c>.</summary>
    public static string RuleName(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GrowthNeedsCapacity => "growth_needs_capacity",
        CoherenceRuleKind.DeficitLimit => "deficit_limit",
        CoherenceRuleKind.PlanJump => "plan_jump",
        CoherenceRuleKind.GuidanceFourHour => "guidance_four_hour",
        CoherenceRuleKind.GuidanceRttImprovement => "guidance_rtt_18_weeks",
        CoherenceRuleKind.GuidanceAgencySpend => "guidance_agency_spend",
        CoherenceRuleKind.GuidanceActivityWorkforce => "guidance_activity_workforce",
        _ => "plan_below_target",
    };

    /// <summary>A heading for readers, such as "Growth without the capacity to deliver it".</summary>
    public static string Title(CoherenceRuleKind kind) => kind switch
    {
        CoherenceRuleKind.GrowthNeedsCapacity => "Growth without the capacity to deliver it",
        CoherenceRuleKind.DeficitLimit => "Planned deficit beyond the limit",
        CoherenceRuleKind.PlanJump => "Plan trajectory jumps between months",
        CoherenceRuleKind.GuidanceFourHour => "Four-hour plan short of 78% in March 2026",
        CoherenceRuleKind.GuidanceRttImprovement => "18-week plan improves by less than 5 points",
        CoherenceRuleKind.GuidanceAgencySpend => "Agency spend not planned down by 30%",
        CoherenceRuleKind.GuidanceActivityWorkforce => "Workforce planned to grow faster than activity",
        _ => "Plan falls short of the target",
    };
}
