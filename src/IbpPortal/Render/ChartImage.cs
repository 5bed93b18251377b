namespace IbpPortal.Render;

/// <summary>How a page shows a chart drawing kept in its own file: its address and size, for the <c>img</c> or <c>source</c> that loads it.</summary>
/// <param name="Url">The file's address as linked from pages.</param>
/// <param name="Width">The drawing's width in CSS pixels (its viewBox), so the page keeps its place before it loads.</param>
/// <param name="Height">The drawing's height in CSS pixels.</param>
public sealed record ChartImage(string Url, int Width, int Height);
