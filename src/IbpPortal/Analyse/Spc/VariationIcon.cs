namespace IbpPortal.Analyse.Spc;

/// <summary>The Making Data Count variation icon for the latest point of a series.</summary>
public enum VariationIcon
{
    /// <summary>No point to describe (no values at all).</summary>
    None,
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeitherHigh,
    NeitherLow,
}
