namespace IbpPortal.Provenance;

/// <summary>One data line behind a figure.</summary>
/// <param name="Text">The file and line as one reads it, such as <c>data/actuals.csv:12</c>.</param>
public sealed record FigureLineView(string File, int Line, string Text);
