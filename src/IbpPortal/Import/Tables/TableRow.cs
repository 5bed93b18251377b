namespace IbpPortal.Import.Tables;

/// <summary>One row of a published table: its one-based line (CSV) or row number (sheet) and its cells as text, untrimmed.</summary>
internal sealed record TableRow(int Line, string[] Cells)
{
    /// <summary>The cell at <paramref name="index"/>, trimmed; blank when the row is shorter.</summary>
    public string Cell(int index) => index >= 0 && index < Cells.Length ? Cells[index].Trim() : string.Empty;

    /// <summary>True when every cell is blank.</summary>
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
