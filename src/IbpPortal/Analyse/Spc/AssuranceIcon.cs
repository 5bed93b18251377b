namespace IbpPortal.Analyse.Spc;

/// <summary>The Making Data Count assurance icon: will the process meet its target?</summary>
public enum AssuranceIcon
{
    /// <summary>No target, or a neutral metric.</summary>
    None,

    /// <summary>Consistently passes: the target lies outside the limits on the good side.</summary>
    Pass,

    /// <summary>Consistently fails: the target lies outside the limits on the bad side.</summary>
    Fail,

    /// <summary>Hit and miss: the target lies between the limits (or on one).</summary>
    HitAndMiss,
}
