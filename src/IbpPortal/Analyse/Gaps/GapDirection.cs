namespace IbpPortal.Analyse.Gaps;

/// <summary>Whether a gap is good or bad news.</summary>
public enum GapDirection
{
    /// <summary>No gap, or a neutral metric where neither direction is better.</summary>
    None,

    /// <summary>The actual is on the good side of the comparator.</summary>
    Favourable,

    /// <summary>The actual is on the bad side of the comparator.</summary>
    Adverse,
}
