namespace IbpPortal.Sections.Views;

/// <summary>The variation × assurance summary matrix as a web page shows it; the same grid as the board pack's.</summary>
/// <param name="Columns">The assurance columns, left to right.</param>
/// <param name="Rows">The variation rows, top to bottom.</param>
/// <param name="Uncharted">Measures with figures but too few to chart, so not placed.</param>
/// <param name="Count">How many measures the grid places.</param>
public sealed record MatrixView(IReadOnlyList<MatrixColumnView> Columns, IReadOnlyList<MatrixRowView> Rows, IReadOnlyList<MeasureLinkView> Uncharted, int Count)
{
    /// <summary>More measures than this in one cell run on as a paragraph, and widen their column.</summary>
    public const int CrowdedCell = 6;
}
