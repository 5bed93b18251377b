namespace IbpPortal.BoardPacks.Layout;

/// <summary>An icon shown beside a chart with its words under it, such as a Making Data Count variation icon and "Special cause concern (low)".</summary>
/// <param name="Glyph">The icon; drawn as an artifact, since <paramref name="Label"/> says what it means.</param>
/// <param name="Label">The icon's meaning in words, tagged as a paragraph.</param>
public sealed record FigureIcon(IconGlyph Glyph, string Label);
