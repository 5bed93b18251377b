namespace IbpPortal.Analyse.Exceptions;

/// <summary>A column of the summary matrix: the assurance icon.</summary>
public enum MatrixAssurance
{
    /// <summary>The target is consistently met.</summary>
    Pass,

    /// <summary>The target will be met in some months and missed in others.</summary>
    HitAndMiss,

    /// <summary>The target will not be met without change.</summary>
    Fail,

    /// <summary>The measure has no target (or no preferred direction).</summary>
    NoTarget,
}
