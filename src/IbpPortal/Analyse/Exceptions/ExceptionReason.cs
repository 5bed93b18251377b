namespace IbpPortal.Analyse.Exceptions;

/// <summary>Why a measure is an exception that the board must look at.</summary>
public enum ExceptionReason
{
    /// <summary>The current segment shows special-cause concern (at the latest point or in the last three months).</summary>
    SpecialCauseConcern,

    /// <summary>The process limits sit on the wrong side of the target: it will not be met without change.</summary>
    FailsTarget,

    /// <summary>The target lies between the process limits: it will be met in some months and missed in others.</summary>
    HitAndMissTarget,

    /// <summary>Adverse to plan by more than the measure's declared <c>plan_tolerance</c>.</summary>
    OffPlan,

    /// <summary>Fell at least one quartile among peers since the last edition.</summary>
    FellQuartile,
}
