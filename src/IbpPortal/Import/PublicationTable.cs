using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;

namespace IbpPortal.Import;

/// <summary>Opens a publication's table, finds its header row by name and hands each data row to the publication.</summary>
internal static class PublicationTable
{
    /// <summary>Reads the rows below the header; false when the table could not be found or read (reported).</summary>
    /// <param name="sheet">The sheet of a workbook (null for a CSV).</param>
    /// <param name="required">The column names the header must hold.</param>
    /// <param name="onHeader">Checks the header (such as the period above it); false stops, having reported why.</param>
    /// <param name="onRow">Reads one data row.</param>
    public static bool Read(
        IPublication publication,
        PublishedFile file,
        string? sheet,
        IReadOnlyCollection<string> required,
        DiagnosticBag diagnostics,
        ImportProgress progress,
        Func<TableHeader, string, bool> onHeader,
        Action<TableHeader, TableRow, SourceLocation> onRow)
    {
        using var table = TableReader.Open(file, sheet, diagnostics, progress);
        if (table is null)
        {
            return false;
        }

        using var rows = table.Rows().GetEnumerator();
        var header = HeaderLocator.Find(rows, required, out var missing);
        if (header is null)
        {
            if (!table.Failed)
            {
                WrongLayout(publication, table.Location, missing, diagnostics);
            }

            return false;
        }

        if (!onHeader(header, table.Location))
        {
            return false;
        }

        var errorsBefore = diagnostics.Count;
        while (rows.MoveNext())
        {
            if (!rows.Current.IsBlank)
            {
                onRow(header, rows.Current, new SourceLocation(table.Location, rows.Current.Line));
            }
        }

        return !table.Failed && diagnostics.Count == errorsBefore;
    }

    /// <summary>Reports a file whose header is not the publication's: another publication, or a changed layout.</summary>
    public static void WrongLayout(IPublication publication, string location, IReadOnlyList<string> missing, DiagnosticBag diagnostics)
    {
        var named = string.Join(", ", missing.Take(3).Select(m => $"'{m}'")) + (missing.Count > 3 ? $" and {missing.Count - 3} more" : string.Empty);
        diagnostics.Error(
            new SourceLocation(location, 1),
            DataDiagnosticCodes.ImportWrongLayout,
            $"this is not {publication.Title} in a layout the importer knows: no header row in the first {HeaderLocator.MaxRowsAbove} rows has {named}",
            $"check that the file is from this publication (ibp import {publication.Id}) and imported as NHS England publishes it");
    }

    /// <summary>Reads a number cell, reporting text that is not one; suppressed and blank cells stay absent.</summary>
    public static bool TryNumber(TableRow row, TableHeader header, string column, SourceLocation source, DiagnosticBag diagnostics, out Model.DataValue value) =>
        TryNumberAt(row, header.Index(column), column, source, diagnostics, out value);

    /// <summary>Reads the number cell at a column index, reporting text that is not one.</summary>
    public static bool TryNumberAt(TableRow row, int index, string column, SourceLocation source, DiagnosticBag diagnostics, out Model.DataValue value)
    {
        var text = row.Cell(index);
        if (CellParser.TryValue(text, out value))
        {
            return true;
        }

        diagnostics.Error(
            source,
            DataDiagnosticCodes.ImportInvalidValue,
            $"'{column}' is '{text}', which is not a number (nor * for suppressed, nor blank)",
            "import the file as NHS England publishes it; a hand-edited cell must hold a number");
        return false;
    }
}
