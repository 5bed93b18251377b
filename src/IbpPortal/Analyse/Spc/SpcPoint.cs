using IbpPortal.Model;

namespace IbpPortal.Analyse.Spc;

/// <summary>One month of an XmR chart with the limits of its segment and any signal.</summary>
/// <param name="Mean">Centre line of the point's segment; null when the segment has no values.</param>
/// <param name="Upl">Upper process limit; null when it cannot be computed (fewer than two values).</param>
/// <param name="Lpl">Lower process limit; null likewise.</param>
/// <param name="Segment">Zero-based index of the segment (a new one starts at each re-base).</param>
public sealed record SpcPoint(
    Period Period,
    DataValue Value,
    double? Mean,
    double? Upl,
    double? Lpl,
    SpecialCause SpecialCause,
    SpcRule Rule,
    int Segment,
    double? Target);
