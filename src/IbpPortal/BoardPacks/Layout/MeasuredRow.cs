namespace IbpPortal.BoardPacks.Layout;

/// <summary>A table row with each cell's wrapped lines and the row's height.</summary>
/// <param name="Cells">The row's cells.</param>
/// <param name="Lines">Each cell's wrapped lines.</param>
/// <param name="Height">The row's height in points, padding included.</param>
/// <param name="Source">The index of the table row this came from: a row taller than a page is carried on in
/// further parts with the same source, which share its stripe.</param>
internal sealed record MeasuredRow(IReadOnlyList<TableCell> Cells, IReadOnlyList<IReadOnlyList<TextLine>> Lines, double Height, int Source);
