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

        while (reader.Read(out var fields, out var line))
        {
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
