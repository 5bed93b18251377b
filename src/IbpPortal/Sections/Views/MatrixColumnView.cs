namespace IbpPortal.Sections.Views;

/// <summary>A column of the summary matrix: its assurance heading, and whether a crowded cell needs it drawn wide.</summary>
/// <param name="Wide">True when a cell in the column holds more than <see cref="MatrixView.CrowdedCell"/> measures.</param>
public sealed record MatrixColumnView(string Heading, bool Wide);
