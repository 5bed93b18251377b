namespace IbpPortal.Sections.Views;

/// <summary>One row of the summary matrix: a variation family, its icon, and a cell per assurance column.</summary>
public sealed record MatrixRowView(string Heading, SignalView Icon, IReadOnlyList<MatrixCellView> Cells);
