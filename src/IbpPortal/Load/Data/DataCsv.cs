using System.Globalization;
using IbpPortal.Diagnostics;

namespace IbpPortal.Load.Data;

/// <summary>Reads the rows of one of our own data files (header checked against its expected columns).</summary>
internal static class DataCsv
{
    /// <summary>Calls <paramref name="onRow"/> for every record; false when the file could not be read or its header is unusable.</summary>
    public static bool ReadRows(
        string fullPath,
        string displayPath,
        IReadOnlyList<string> required,
        IReadOnlyList<string> optional,
        DiagnosticBag diagnostics,
        Action<CsvRow> onRow) =>
        ReadRows(fullPath, displayPath, required, optional, diagnostics, fast: null, onRow);

    /// <summary>Calls <paramref name="fast"/> for every record with as many fields as the header, and <paramref name="onRow"/>
    /// for the others and for those <paramref name="fast"/> declines; false when the file could not be read or its header is unusable.</summary>
    /// <param name="fast">Takes a record from its UTF-8 fields when it is plainly well formed, returning false to have it read
    /// as text instead (so every problem is reported by <paramref name="onRow"/>'s checks, as for any other record).</param>
    public static bool ReadRows(
        string fullPath,
        string displayPath,
        IReadOnlyList<string> required,
        IReadOnlyList<string> optional,
        DiagnosticBag diagnostics,
        Func<CsvFileReader, CsvColumns, int, bool>? fast,
        Action<CsvRow> onRow)
    {
        using var reader = CsvFileReader.Open(fullPath, displayPath, diagnostics);
        if (reader is null)
        {
            return false;
        }

        if (!reader.Read(out var header, out _))
        {
            // Only blank lines, or a decoding problem already reported on the first line.
            if (!reader.Failed)
            {
                diagnostics.Error(
                    new SourceLocation(displayPath, 1),
                    DataDiagnosticCodes.EmptyFile,
                    "the file has no header line",
                    $"start the file with the header: {string.Join(",", required)}");
            }

            return false;
        }

        var columns = CsvColumns.Match(header, displayPath, required, optional, diagnostics);
        if (columns is null)
        {
            return false;
        }

        while (reader.Next(out var line))
        {
            if (fast is not null && reader.FieldCount == columns.Count && fast(reader, columns, line))
            {
                continue;
            }

            if (reader.CurrentFields() is not { } fields)
            {
                break;
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var location = new SourceLocation(displayPath, line);
            if (fields.Length > columns.Count && fields.Skip(columns.Count).Any(f => f.Trim().Length > 0))
            {
                diagnostics.Error(
                    location,
                    DataDiagnosticCodes.TooManyFields,
                    string.Create(CultureInfo.InvariantCulture, $"the row has {fields.Length} fields but the header has {columns.Count} columns"),
                    "wrap any field that contains a comma in double quotes");
                continue;
            }

            onRow(new CsvRow(columns, fields, location));
        }

        return true;
    }
}
