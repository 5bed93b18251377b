using System.Globalization;
using System.Text;

namespace IbpPortal.Sample;

/// <summary>Streams a CSV file: UTF-8 without BOM, LF line endings, fields quoted only when they need it.</summary>
internal sealed class SampleCsvWriter : IDisposable
{
    private static readonly char[] NeedsQuotes = [',', '"', '\n', '\r'];
    private readonly StreamWriter _writer;

    /// <summary>Creates the file and writes its header line.</summary>
    public SampleCsvWriter(string path, params string[] header)
    {
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
        Row(header);
    }

    /// <summary>Writes one record.</summary>
    public void Row(params string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                _writer.Write(',');
            }

            Field(fields[i]);
        }

        _writer.Write('\n');
    }

    /// <summary>Writes an <c>org,metric,period,value</c> record without allocating an array for it.</summary>
    public void Observation(string org, string metric, string period, string value)
    {
        _writer.Write(org);
        _writer.Write(',');
        _writer.Write(metric);
        _writer.Write(',');
        _writer.Write(period);
        _writer.Write(',');
        _writer.Write(value);
        _writer.Write('\n');
    }

    /// <summary>A number with <paramref name="decimals"/> places, invariant, never <c>-0</c>.</summary>
    public static string Number(double value, int decimals)
    {
        var text = value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return text[0] == '-' && double.Parse(text, CultureInfo.InvariantCulture) == 0 ? text[1..] : text;
    }

    /// <inheritdoc />
    public void Dispose() => _writer.Dispose();

    private void Field(string text)
    {
        if (text.IndexOfAny(NeedsQuotes) < 0)
        {
            _writer.Write(text);
            return;
        }

        _writer.Write('"');
        _writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        _writer.Write('"');
    }
}
