namespace IbpPortal.Analyse.Exceptions;

/// <summary>A row of the summary matrix: the variation icon's family.</summary>
public enum MatrixVariation
{
    /// <summary>Special-cause improvement (high or low).</summary>
    Improvement,

    /// <summary>Common-cause variation: no significant change.</summary>
    CommonCause,

    /// <summary>Special-cause concern (high or low).</summary>
    Concern,

    /// <summary>Special cause on a measure with no preferred direction (neither high nor low is better).</summary>
    Neither,
}
