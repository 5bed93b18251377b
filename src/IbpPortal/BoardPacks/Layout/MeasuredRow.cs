namespace IbpPortal.BoardPacks.Layout;

/// <summary>A table row with each cell's wrapped lines and the row's height.</summary>
internal sealed record MeasuredRow(IReadOnlyList<TableCell> Cells, IReadOnlyList<IReadOnlyList<TextLine>> Lines, double Height);
