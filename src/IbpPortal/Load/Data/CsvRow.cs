using IbpPortal.Diagnostics;

namespace IbpPortal.Load.Data;

/// <summary>One record of a data file, read by column name, with the line it starts on.</summary>
internal readonly struct CsvRow
{
    private readonly CsvColumns _columns;
    private readonly string[] _fields;

    /// <summary>Wraps a record's fields.</summary>
    public CsvRow(CsvColumns columns, string[] fields, SourceLocation location)
    {
        _columns = columns;
        _fields = fields;
        Location = location;
    }

    /// <summary>The file and line of the record.</summary>
    public SourceLocation Location { get; }

    /// <summary>The trimmed text of a column; empty when blank or absent.</summary>
    public string this[string column] => _columns.Get(_fields, column);
}
