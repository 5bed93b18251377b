namespace IbpPortal.Sections.Views;

/// <summary>One organisation's line in a benchmark table.</summary>
/// <param name="Value">The figure as shown, or its absent label ("suppressed", "not submitted").</param>
/// <param name="Rank">"3 of 11", or "not ranked".</param>
/// <param name="Quartile">Null when the organisation has no figure.</param>
/// <param name="PeerGroup">The peer group name, for filtering.</param>
/// <param name="Highlight">True for the organisation the table is about, if any.</param>
public sealed record BenchmarkRowView(
    string Name,
    string Code,
    string Url,
    string Value,
    string Rank,
    QuartileView? Quartile,
    SignalView Variation,
    string PeerGroup,
    bool Highlight);
