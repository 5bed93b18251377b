namespace IbpPortal.Import.Tables;

/// <summary>A table's header row, found by its column names, with the rows above it (titles, periods, block labels).</summary>
internal sealed class TableHeader
{
    private readonly Dictionary<string, List<int>> _columns = new(StringComparer.OrdinalIgnoreCase);

    public TableHeader(TableRow row, IReadOnlyList<TableRow> above)
    {
        Row = row;
        Above = above;
        for (var i = 0; i < row.Cells.Length; i++)
        {
            var name = Normalise(row.Cells[i]);
            if (name.Length > 0)
            {
                (_columns.TryGetValue(name, out var list) ? list : _columns[name] = []).Add(i);
            }
        }
    }

    /// <summary>The header row itself.</summary>
    public TableRow Row { get; }

    /// <summary>The rows above the header, top first.</summary>
    public IReadOnlyList<TableRow> Above { get; }

    /// <summary>True when the header has a column of this name (trimmed, case and repeated spaces ignored).</summary>
    public bool Has(string name) => _columns.ContainsKey(Normalise(name));

    /// <summary>The index of the first column of this name, or -1.</summary>
    public int Index(string name) => _columns.TryGetValue(Normalise(name), out var list) ? list[0] : -1;

    /// <summary>Every index of a name that repeats (such as KH03's <c>General &amp; Acute</c> in three blocks).</summary>
    public IReadOnlyList<int> Indexes(string name) => _columns.TryGetValue(Normalise(name), out var list) ? list : [];

    /// <summary>Header text compared: trimmed, runs of white space as one space.</summary>
    public static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
