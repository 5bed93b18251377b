using System.Globalization;
using System.Text;

namespace IbpPortal.Sections;

/// <summary>Writes a CSV download: UTF-8, comma-separated, quoted where needed, and safe to open in a spreadsheet.</summary>
internal sealed class CsvText
{
    private readonly StringBuilder _text = new();

    /// <summary>Starts the file with its header row.</summary>
    public CsvText(params string[] headers) => Row(headers);

    /// <summary>Adds a row of text cells.</summary>
    public CsvText Row(params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                _text.Append(',');
            }

            _text.Append(Cell(cells[i]));
        }

        _text.Append('\n');
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
    public byte[] ToBytes() => Encoding.UTF8.GetBytes(_text.ToString());

    private static string Cell(string? value)
    {
        value ??= string.Empty;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
