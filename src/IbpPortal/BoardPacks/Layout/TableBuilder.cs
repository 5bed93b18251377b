namespace IbpPortal.BoardPacks.Layout;

/// <summary>Describes a table: its columns, one header row and the body rows.</summary>
/// <remarks>
/// The header row is repeated at the top of every page the table continues on; a row is never split
/// across pages. Body rows alternate white and pale grey unless a cell has its own fill.
/// </remarks>
public sealed class TableBuilder
{
    private readonly List<TableColumn> _columns = [];
    private readonly List<IReadOnlyList<TableCell>> _rows = [];

    internal IReadOnlyList<TableColumn> ColumnList => _columns;

    internal IReadOnlyList<string> HeaderCells { get; private set; } = [];

    internal IReadOnlyList<IReadOnlyList<TableCell>> RowList => _rows;

    internal double FontSize { get; private set; } = 9;

    internal bool FirstColumnHeads { get; private set; }

    internal double Padding { get; private set; } = 5;

    /// <summary>Makes each body row's first cell its row header (tagged TH with Scope Row), as a measure names its row.</summary>
    public TableBuilder RowHeaders()
    {
        FirstColumnHeads = true;
        return this;
    }

    /// <summary>Sets the type size of the table's text in points, e.g. 8 for a wide table of figures.</summary>
    /// <remarks>Defaults to 9; from 9 (the smallest a board reads comfortably) to 12.</remarks>
    public TableBuilder TextSize(double points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 9);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(points, 12);
        FontSize = points;
        return this;
    }

    /// <summary>Sets the space in points between a cell's edge and its text, left and right, for a table of many narrow columns.</summary>
    /// <remarks>Defaults to 5; from 4 (two neighbouring figures still stand 8 pt apart) to 5.</remarks>
    public TableBuilder CellPadding(double points)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(points, 4);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(points, 5);
        Padding = points;
        return this;
    }

    /// <summary>Adds left-aligned columns sharing the width in the given proportions.</summary>
    public TableBuilder Columns(params float[] shares)
    {
        foreach (var share in shares)
        {
            Column(share);
        }

        return this;
    }

    /// <summary>Adds a column taking a share of the width left after fixed columns.</summary>
    public TableBuilder Column(float share, CellAlign align = CellAlign.Left)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(share);
        _columns.Add(new TableColumn(0, share, align));
        return this;
    }

    /// <summary>Adds a column of a fixed width in points; with <paramref name="iconAbove"/>, its cells' icons sit above their text.</summary>
    public TableBuilder FixedColumn(double points, CellAlign align = CellAlign.Left, bool iconAbove = false)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points);
        _columns.Add(new TableColumn(points, 0, align, iconAbove));
        return this;
    }

    /// <summary>Sets the header row's texts, one per column.</summary>
    public TableBuilder Header(params string[] cells)
    {
        HeaderCells = cells;
        return this;
    }

    /// <summary>Adds a body row of plain texts, one per column.</summary>
    public TableBuilder Row(params string[] cells) => Row(cells.Select(TableCell.FromString).ToArray());

    /// <summary>Adds a body row of cells, one per column.</summary>
    public TableBuilder Row(params TableCell[] cells)
    {
        _rows.Add(cells);
        return this;
    }
}
