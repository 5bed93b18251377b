using System.Text;
using CsvHelper;

namespace IbpPortal;

/// <summary>Writes CSV with CsvHelper in the one layout every file the portal writes uses: comma-separated, LF line ends, UTF-8 without a BOM.</summary>
/// <remarks>
/// A field is quoted only when it holds a comma, a quote or a line break, with quotes inside doubled (RFC 4180).
/// Formula-looking text is not altered here: the downloads guard their text cells themselves, because numbers
/// such as <c>-1.5</c> must stay numbers.
/// </remarks>
internal sealed class CsvLines : IDisposable
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\n",
        Quoting = CsvQuoting.WhenNeeded,
        Injection = CsvInjection.None,
        ValidateFieldCount = false,
    };

    private readonly MemoryStream _bytes = new();
    private readonly CsvWriter _csv;

    /// <summary>Starts an empty file.</summary>
    public CsvLines() => _csv = CsvWriter.Create(_bytes, Options, leaveOpen: true);

    /// <summary>Adds one record; a null cell is written empty.</summary>
    public CsvLines Row(IEnumerable<string?> cells)
    {
        foreach (var cell in cells)
        {
            _csv.WriteField(cell ?? string.Empty);
        }

        _csv.EndRecord();
        return this;
    }

    /// <summary>The file's bytes so far.</summary>
    public byte[] ToBytes()
    {
        _csv.Flush();
        return _bytes.ToArray();
    }

    /// <summary>The file's text so far.</summary>
    public override string ToString() => Encoding.UTF8.GetString(ToBytes());

    /// <inheritdoc/>
    public void Dispose()
    {
        _csv.Dispose();
        _bytes.Dispose();
    }
}
