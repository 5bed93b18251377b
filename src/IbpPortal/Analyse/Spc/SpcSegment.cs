using IbpPortal.Model;

namespace IbpPortal.Analyse.Spc;

/// <summary>A run of months between re-bases, with its own mean and limits.</summary>
/// <param name="ValueCount">How many months in the segment carry a value.</param>
/// <param name="AverageMovingRange">Mean moving range after screening; null with fewer than two values.</param>
/// <param name="Unreliable">True when the segment has fewer values than <see cref="SpcOptions.MinimumReliablePoints"/>.</param>
/// <param name="NoVariation">
/// True when the average moving range is 0 after screening (every value equal, or all equal but for jumps that
/// screening removed, as in a rare-event count of zeros with one 1): the limits collapse onto the mean, so no
/// point is judged and the segment shows no signal.
/// </param>
public sealed record SpcSegment(
    int Index,
    Period Start,
    Period End,
    int ValueCount,
    double? Mean,
    double? AverageMovingRange,
    double? Upl,
    double? Lpl,
    bool Unreliable,
    bool NoVariation = false);
