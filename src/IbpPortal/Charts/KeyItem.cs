namespace IbpPortal.Charts;

/// <summary>One entry of a chart's key: a sample of the line as it is drawn, and what it is.</summary>
/// <param name="Label">What the line is, such as "Process limits".</param>
/// <param name="Colour">The line's colour, a hex constant of <see cref="ChartTheme"/>.</param>
/// <param name="Width">Stroke width in pixels.</param>
/// <param name="Pattern">Dash, gap, … in pixels; null for a solid line.</param>
/// <param name="Mark">How the sample is drawn; a line by default.</param>
public sealed record KeyItem(string Label, string Colour, float Width, IReadOnlyList<float>? Pattern = null, KeyMark Mark = KeyMark.Line);
