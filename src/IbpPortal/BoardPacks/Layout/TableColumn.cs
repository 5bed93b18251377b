namespace IbpPortal.BoardPacks.Layout;

/// <summary>A table column: a fixed width in points, or a share of the width left over.</summary>
/// <param name="IconAbove">True when a cell's icon is drawn on a line of its own above its text, so that a narrow column
/// holds a word as long as "Consistently" beside no icon.</param>
internal sealed record TableColumn(double Fixed, double Share, CellAlign Align, bool IconAbove = false);
