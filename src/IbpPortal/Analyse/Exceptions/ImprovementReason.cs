namespace IbpPortal.Analyse.Exceptions;

/// <summary>Why a measure is reported as an improvement.</summary>
public enum ImprovementReason
{
    /// <summary>The latest point shows special-cause improvement.</summary>
    SpecialCauseImprovement,

    /// <summary>The target is now consistently met where the last edition said it would fail or be hit and miss.</summary>
    TargetNewlyMet,
}
