namespace IbpPortal.Sections.Views;

/// <summary>One cell of the summary matrix: its column's heading (repeated for narrow screens) and the measures in it.</summary>
public sealed record MatrixCellView(string Column, IReadOnlyList<MeasureLinkView> Measures)
{
    /// <summary>True when the cell holds more than <see cref="MatrixView.CrowdedCell"/> measures.</summary>
    public bool Crowded => Measures.Count > MatrixView.CrowdedCell;
}
