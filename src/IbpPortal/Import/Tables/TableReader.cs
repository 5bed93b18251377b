using System.Globalization;
using System.Text;
using ExcelDataReader;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;

namespace IbpPortal.Import.Tables;

/// <summary>Streams the rows of one table of a published file: the CSV, or one named sheet of a workbook.</summary>
/// <remarks>Messages about its rows name <see cref="Location"/>: <c>file</c> for CSV, <c>file:sheet</c> for a workbook.</remarks>
internal sealed class TableReader : IDisposable
{
    private readonly CsvFileReader? _csv;
    private readonly IExcelDataReader? _excel;
    private readonly DiagnosticBag _diagnostics;

    static TableReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private TableReader(string location, CsvFileReader? csv, IExcelDataReader? excel, DiagnosticBag diagnostics)
    {
        Location = location;
        _csv = csv;
        _excel = excel;
        _diagnostics = diagnostics;
    }

    /// <summary><c>file</c> or <c>file:sheet</c>, for messages.</summary>
    public string Location { get; }

    /// <summary>True once a problem stopped reading; it has been reported.</summary>
    public bool Failed { get; private set; }

    /// <summary>Opens the table: a CSV ignores <paramref name="sheet"/>; a workbook opens that sheet (or the first when null).</summary>
    /// <returns>Null when the sheet is missing or the file cannot be read; reported.</returns>
    public static TableReader? Open(PublishedFile file, string? sheet, DiagnosticBag diagnostics, ImportProgress progress)
    {
        try
        {
            if (!file.IsWorkbook)
            {
                return file.OpenCsv(diagnostics, progress) is { } csv ? new TableReader(file.Display, csv, null, diagnostics) : null;
            }

            var stream = File.OpenRead(file.FullPath);
            var excel = file.Kind == FileKind.Xls ? ExcelReaderFactory.CreateBinaryReader(stream) : ExcelReaderFactory.CreateOpenXmlReader(stream);
            var names = new List<string>();
            do
            {
                names.Add(excel.Name ?? string.Empty);
                if (sheet is null || (excel.Name ?? string.Empty).Trim().Equals(sheet, StringComparison.OrdinalIgnoreCase))
                {
                    return new TableReader($"{file.Display}:{(excel.Name ?? string.Empty).Trim()}", null, excel, diagnostics);
                }
            }
            while (excel.NextResult());

            excel.Dispose();
            diagnostics.Error(
                SourceLocation.File(file.Display),
                DataDiagnosticCodes.ImportMissingSheet,
                $"the workbook has no sheet '{sheet}' (its sheets are {string.Join(", ", names.Select(n => $"'{n}'"))})",
                "import the workbook as NHS England publishes it; if NHS England renamed the sheet, report it so the importer can follow");
            return null;
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            ReportUnreadable(file.Display, ex, diagnostics);
            return null;
        }
    }

    /// <summary>The rows in order; blank rows of a workbook are kept (their numbers count), blank CSV lines are skipped.</summary>
    public IEnumerable<TableRow> Rows()
    {
        if (_csv is not null)
        {
            while (_csv.Read(out var fields, out var line))
            {
                yield return new TableRow(line, fields);
            }

            Failed |= _csv.Failed;
            yield break;
        }

        var number = 0;
        while (NextExcelRow())
        {
            number++;
            var cells = new string[_excel!.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Text(_excel.GetValue(i));
            }

            yield return new TableRow(number, cells);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _csv?.Dispose();
        _excel?.Dispose();
    }

    private bool NextExcelRow()
    {
        try
        {
            return _excel!.Read();
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            Failed = true;
            ReportUnreadable(Location, ex, _diagnostics);
            return false;
        }
    }

    /// <summary>A cell as text: numbers in invariant round-trip form, dates as <c>yyyy-MM-dd</c>.</summary>
    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or FormatException
            or ExcelDataReader.Exceptions.ExcelReaderException or System.Xml.XmlException or ArgumentException;

    private static void ReportUnreadable(string location, Exception ex, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            SourceLocation.File(location),
            DataDiagnosticCodes.ImportUnreadableWorkbook,
            $"the file could not be read as a spreadsheet ({ex.Message})",
            "download the file again from NHS England and import it unchanged (not re-saved)");
}
