namespace IbpPortal.Charts;

/// <summary>How one variation or assurance icon looks, as data a PDF renderer can draw with <see cref="IconGeometry"/>.</summary>
/// <param name="Label">The text alternative and table text, such as "Special cause concern (high)".</param>
/// <param name="Ring">Ring colour (hex).</param>
/// <param name="Fill">Circle fill colour (hex).</param>
/// <param name="Ink">Colour of the letter or wave (hex).</param>
/// <param name="Letter">The letter for <see cref="IconMark.Letter"/>, else null.</param>
/// <param name="DashedRing">True for the "no data" and "no target" icons.</param>
public sealed record IconStyle(string Label, string Ring, string Fill, string Ink, IconMark Mark, string? Letter, bool DashedRing);
