namespace IbpPortal.BoardPacks.Layout;

/// <summary>A table column: a fixed width in points, or a share of the width left over.</summary>
internal sealed record TableColumn(double Fixed, double Share, CellAlign Align);
