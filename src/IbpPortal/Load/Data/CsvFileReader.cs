using System.Globalization;
using System.Text;
using CsvHelper;
using IbpPortal.Diagnostics;

namespace IbpPortal.Load.Data;

/// <summary>Streams the records of one CSV file with the physical line each starts on, turning every read problem into a diagnostic.</summary>
/// <remarks>Blank lines are skipped; quoted fields may hold commas and line breaks. Decoding is strict UTF-8 (a BOM is fine):
/// the first bad byte ends the file with an error naming its line. A record with broken quoting is reported and skipped.</remarks>
internal sealed class CsvFileReader : IDisposable
{
    private readonly string? _fullPath;
    private readonly DiagnosticBag _diagnostics;
    private readonly CsvReader _csv;
    private bool _finished;

    private CsvFileReader(string? fullPath, string displayPath, DiagnosticBag diagnostics, Stream stream)
    {
        _fullPath = fullPath;
        DisplayPath = displayPath;
        _diagnostics = diagnostics;
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            DetectSeparatorHint = false,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = ReportMalformed,
            // Codes and months repeat on almost every row: each is decoded once per column, not once per row.
            PoolStrings = true,
        };
        _csv = CsvReader.Create(new Utf8CheckingStream(stream), options, leaveOpen: false);
    }

    /// <summary>The path that messages name, relative to the portal root.</summary>
    public string DisplayPath { get; }

    /// <summary>True once a problem has stopped reading; it has been reported.</summary>
    public bool Failed { get; private set; }

    /// <summary>Opens a file, or reports why it cannot be read (including a 0-byte file) and returns null.</summary>
    public static CsvFileReader? Open(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        try
        {
            var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 65536, FileOptions.SequentialScan);
            if (stream.Length == 0)
            {
                stream.Dispose();
                diagnostics.Error(
                    new SourceLocation(displayPath, 1),
                    DataDiagnosticCodes.EmptyFile,
                    "the file is empty",
                    "write at least the header line; a file with a header and no rows is fine");
                return null;
            }

            return new CsvFileReader(fullPath, displayPath, diagnostics, stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(
                SourceLocation.File(displayPath),
                DataDiagnosticCodes.UnreadableFile,
                $"the file could not be read ({ex.Message})",
                "check that it exists, is not open in another program and can be read");
            return null;
        }
    }

    /// <summary>Reads CSV from an open stream (such as a member of a zip file), which the reader then owns.</summary>
    public static CsvFileReader FromStream(Stream stream, string displayPath, DiagnosticBag diagnostics) =>
        new(null, displayPath, diagnostics, stream);

    /// <summary>Reads the next non-blank record; false at the end of the file or after a problem that stops reading.</summary>
    /// <param name="fields">The record's fields, untrimmed.</param>
    /// <param name="line">The one-based physical line the record starts on.</param>
    public bool Read(out string[] fields, out int line)
    {
        fields = [];
        while (Next(out line))
        {
            if (CurrentFields() is not { } current)
            {
                return false;
            }

            if (current.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            fields = current;
            return true;
        }

        return false;
    }

    /// <summary>Moves to the next record, blank or not, whose fields <see cref="FieldCount"/>, <see cref="Span"/> and
    /// <see cref="CurrentFields"/> then read; false at the end of the file or after a problem that stops reading.</summary>
    /// <param name="line">The one-based physical line the record starts on.</param>
    public bool Next(out int line)
    {
        line = 0;
        if (_finished)
        {
            return false;
        }

        try
        {
            if (!_csv.Read())
            {
                _finished = true;
                return false;
            }

            line = checked((int)_csv.LineNumber);
            return true;
        }
        catch (Exception ex) when (Stopped(ex))
        {
            return false;
        }
    }

    /// <summary>How many fields the current record has.</summary>
    public int FieldCount => _csv.FieldCount;

    /// <summary>Field <paramref name="index"/> of the current record as UTF-8 bytes, quotes removed, untrimmed; valid until the next read.</summary>
    public ReadOnlySpan<byte> Span(int index) => _csv.GetSpan(index);

    /// <summary>Field <paramref name="index"/> of the current record as text, untrimmed (a value seen before in the column is the same string).</summary>
    public string Text(int index) => _csv.GetString(index) ?? string.Empty;

    /// <summary>The current record's fields, untrimmed; null after a problem that stops reading.</summary>
    public string[]? CurrentFields()
    {
        try
        {
            var fields = new string[_csv.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = _csv.GetString(i) ?? string.Empty;
            }

            return fields;
        }
        catch (Exception ex) when (Stopped(ex))
        {
            return null;
        }
    }

    /// <summary>Stops reading on a decoding or format problem, reporting it; false for any other exception, which is not caught.</summary>
    private bool Stopped(Exception ex)
    {
        if (IsDecodingFailure(ex))
        {
            Stop();
            ReportBadEncoding();
            return true;
        }

        if (ex is CsvFormatException or IOException)
        {
            Stop();
            _diagnostics.Error(
                new SourceLocation(DisplayPath, ex is CsvFormatException { LineNumber: > 0 } format ? (int)format.LineNumber : 1),
                DataDiagnosticCodes.MalformedCsv,
                "the file could not be read as CSV from here on",
                "check the quotes: a field with a comma, quote or line break must be wrapped in double quotes, with quotes inside doubled");
            return true;
        }

        return false;
    }

    /// <inheritdoc />
    public void Dispose() => _csv.Dispose();

    private void Stop()
    {
        _finished = true;
        Failed = true;
    }

    private void ReportMalformed(CsvMalformedRecord record)
    {
        var what = record.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
            CsvMalformedReason.TextAfterClosingQuote => "there is text after the closing quote of a field",
            _ => "a quote character is out of place",
        };
        _diagnostics.Error(
            new SourceLocation(DisplayPath, (int)Math.Max(1, record.LineNumber)),
            DataDiagnosticCodes.MalformedCsv,
            what + "; the row is skipped",
            "wrap a field that contains commas or quotes in double quotes, and double any quote inside it (\"\")");
    }

    private static bool IsDecodingFailure(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is DecoderFallbackException)
            {
                return true;
            }
        }

        return false;
    }

    private void ReportBadEncoding()
    {
        var (line, value) = _fullPath is null ? (1, (byte)0) : FindFirstBadByte(_fullPath);
        _diagnostics.Error(
            new SourceLocation(DisplayPath, line),
            DataDiagnosticCodes.NotUtf8,
            string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8 (byte 0x{value:X2} on this line)"),
            "save it as UTF-8: in Excel choose 'CSV UTF-8 (Comma delimited)'");
    }

    /// <summary>The line and value of the first byte that is not valid UTF-8; read again only once decoding has failed.</summary>
    private static (int Line, byte Value) FindFirstBadByte(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var line = 1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes.AsSpan(offset), out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                return (line, bytes[offset]);
            }

            if (bytes[offset] == (byte)'\n')
            {
                line++;
            }

            offset += consumed;
        }

        return (line, 0);
    }
}
