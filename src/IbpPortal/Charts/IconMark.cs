namespace IbpPortal.Charts;

/// <summary>What is drawn inside a Making Data Count icon's circle.</summary>
public enum IconMark
{
    /// <summary>Nothing: no data or no target.</summary>
    Empty,

    /// <summary>A letter: H or L (variation), P or F (assurance).</summary>
    Letter,

    /// <summary>A wavy line: common-cause variation.</summary>
    Wave,

    /// <summary>A wavy line crossed by a straight target line: hit and miss.</summary>
    WaveAndTarget,
}
