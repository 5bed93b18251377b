namespace IbpPortal.Sections.Views;

/// <summary>A measure page's England-wide comparison: where each of the portal's trusts stands among every acute trust in England.</summary>
/// <param name="Period">The month (or quarter) compared.</param>
/// <param name="Scope">What the trusts are compared among, such as "acute trusts in England".</param>
/// <param name="Count">How many trusts the scope has figures for.</param>
/// <param name="Ranked">Whether ranks are given (they can be withheld).</param>
public sealed record EnglandComparisonView(
    string Period,
    string Scope,
    int Count,
    string Median,
    string LowerQuartile,
    string UpperQuartile,
    bool Ranked,
    string Caption,
    IReadOnlyList<EnglandRowView> Rows);
