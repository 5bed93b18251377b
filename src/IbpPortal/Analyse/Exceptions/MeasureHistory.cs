using IbpPortal.Analyse.Spc;

namespace IbpPortal.Analyse.Exceptions;

/// <summary>What the previous edition published for a measure, for the rules that compare editions.</summary>
/// <param name="PreviousQuartile">The quartile the last edition showed (1 = best); null when not ranked or no edition.</param>
/// <param name="PreviousAssurance">The assurance icon the last edition showed; null when there was no edition.</param>
public sealed record MeasureHistory(int? PreviousQuartile, AssuranceIcon? PreviousAssurance)
{
    /// <summary>Nothing to compare with: a first edition.</summary>
    public static readonly MeasureHistory None = new(null, null);
}
