using System.Globalization;

namespace IbpPortal.Sections;

/// <summary>Writes a CSV download (through <see cref="CsvLines"/>): UTF-8, comma-separated, quoted where needed, and safe to open in a spreadsheet.</summary>
internal sealed class CsvText : IDisposable
{
    private readonly CsvLines _csv = new();

    /// <summary>Starts the file with its header row.</summary>
    public CsvText(params string[] headers) => Row(headers);

    /// <summary>Adds a row of text cells.</summary>
    public CsvText Row(params string?[] cells)
    {
        _csv.Row(cells);
        return this;
    }

    /// <summary>A number at full precision, or blank.</summary>
    public static string Number(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>A whole number, or blank.</summary>
    public static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    /// <summary>A text cell that a spreadsheet will not run as a formula (a leading = + - @ gets an apostrophe).</summary>
    public static string Text(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    /// <summary>The file's bytes.</summary>
    public byte[] ToBytes() => _csv.ToBytes();

    /// <inheritdoc/>
    public void Dispose() => _csv.Dispose();
}
