using System.Globalization;
using System.Text;

namespace IbpPortal.Content;

/// <summary>Writes text as a YAML double-quoted scalar that any YAML parser reads back as the same text.</summary>
public static class YamlText
{
    /// <summary>
    /// <paramref name="text"/> in double quotes, with <c>\</c>, <c>"</c> and every control or line-separator
    /// character escaped (YAML 1.2, section 5.7): a colon, <c>#</c>, quotes or a newline can never end the value
    /// or break the front matter.
    /// </summary>
    public static string DoubleQuoted(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '"' => builder.Append("\\\""),
                '\n' => builder.Append(@"\n"),
                '\r' => builder.Append(@"\r"),
                '\t' => builder.Append(@"\t"),
                _ when c < ' ' || c is '\u007f' or '\u0085' or '\u2028' or '\u2029' or '\ufeff'
                    => builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A title on one line: line breaks and tabs become single spaces, and the ends are trimmed.</summary>
    public static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n', '\t', '\u0085', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
