namespace IbpPortal.Analyse.Spc;

/// <summary>What a special-cause signal means given the metric's improvement direction.</summary>
public enum SpecialCause
{
    /// <summary>Common-cause variation only.</summary>
    None,
    Improvement,
    Concern,

    /// <summary>Special cause on a metric with no preferred direction.</summary>
    Neither,
}
