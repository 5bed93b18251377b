namespace IbpPortal.Analyse.Spc;

/// <summary>Settings for an XmR calculation.</summary>
/// <param name="ScreenMovingRanges">Drop moving ranges at or above 3.267 × the average moving range and recompute it once (NHSRplotthedots' default).</param>
/// <param name="MinimumReliablePoints">A segment with fewer points than this is flagged as unreliable.</param>
public sealed record SpcOptions(bool ScreenMovingRanges = true, int MinimumReliablePoints = 13)
{
    /// <summary>The defaults: screening on, 13 points for a reliable segment.</summary>
    public static SpcOptions Default { get; } = new();
}
