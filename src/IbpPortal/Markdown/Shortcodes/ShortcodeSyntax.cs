using System.Text;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Reads the Hugo-style shortcode syntax: <c>{{&lt; name key="value" &gt;}}</c> and <c>{{&lt; /name &gt;}}</c>.</summary>
public static class ShortcodeSyntax
{
    /// <summary>Parses a shortcode starting at <paramref name="start"/>; returns its length in characters, or 0 when the text is no shortcode.</summary>
    public static int TryParse(string text, int start, int line, int column, out ShortcodeCall? call, out string? problem)
    {
        call = null;
        problem = null;
        if (string.CompareOrdinal(text, start, "{{<", 0, 3) != 0)
        {
            return 0;
        }

        var end = text.IndexOf(">}}", start + 3, StringComparison.Ordinal);
        var newline = text.IndexOf('\n', start);
        if (end < 0 || (newline >= 0 && newline < end))
        {
            problem = "the shortcode is not closed with '>}}' on the same line";
            return 0;
        }

        var inner = text[(start + 3)..end].Trim();
        var closing = inner.StartsWith('/');
        if (closing)
        {
            inner = inner[1..].TrimStart();
        }

        var i = 0;
        while (i < inner.Length && (char.IsLetterOrDigit(inner[i]) || inner[i] is '-' or '_'))
        {
            i++;
        }

        var name = inner[..i];
        if (name.Length == 0)
        {
            problem = "the shortcode has no name";
            return 0;
        }

        var arguments = new SortedDictionary<string, string>(StringComparer.Ordinal);
        while (i < inner.Length)
        {
            while (i < inner.Length && char.IsWhiteSpace(inner[i]))
            {
                i++;
            }

            if (i >= inner.Length)
            {
                break;
            }

            var keyStart = i;
            while (i < inner.Length && (char.IsLetterOrDigit(inner[i]) || inner[i] is '-' or '_'))
            {
                i++;
            }

            var key = inner[keyStart..i];
            if (key.Length == 0 || i >= inner.Length || inner[i] != '=')
            {
                problem = $"the shortcode's arguments must be written key=\"value\" (found '{inner[keyStart..]}')";
                return 0;
            }

            i++;
            var value = new StringBuilder();
            if (i < inner.Length && inner[i] is '"' or '\'')
            {
                var quote = inner[i++];
                while (i < inner.Length && inner[i] != quote)
                {
                    value.Append(inner[i++]);
                }

                if (i >= inner.Length)
                {
                    problem = $"the value of '{key}' has no closing quote";
                    return 0;
                }

                i++;
            }
            else
            {
                while (i < inner.Length && !char.IsWhiteSpace(inner[i]))
                {
                    value.Append(inner[i++]);
                }
            }

            arguments[key] = value.ToString();
        }

        call = new ShortcodeCall(name, arguments, closing, line, column);
        return end + 3 - start;
    }
}
