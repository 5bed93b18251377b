namespace IbpPortal.Analyse.Spc;

/// <summary>An XmR chart's numbers and its two Making Data Count icons.</summary>
/// <param name="ShortSeries">True when the latest segment is unreliable (fewer than 13 values).</param>
public sealed record SpcResult(
    IReadOnlyList<SpcPoint> Points,
    IReadOnlyList<SpcSegment> Segments,
    VariationIcon Variation,
    AssuranceIcon Assurance,
    bool ShortSeries);
