namespace IbpPortal.Sections.Views;

/// <summary>A key-measure tile: the latest figure with its target, its variation and assurance icons, and a sparkline told again in words.</summary>
/// <param name="Sparkline">Decorative SVG of the recent months; null with fewer than two figures.</param>
/// <param name="Trend">The sparkline in words: its months, first and last figures.</param>
/// <param name="Illustrative">True when the figures are synthetic and must be marked so.</param>
public sealed record TileView(
    MeasureLinkView Measure,
    string Latest,
    string Period,
    string Target,
    SignalView Variation,
    SignalView Assurance,
    string? Sparkline,
    string Trend,
    bool Illustrative);
