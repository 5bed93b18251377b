using YamlDotNet.RepresentationModel;

namespace IbpPortal.Content;

/// <summary>
/// Reads the plain front matter nearly every page has without YamlDotNet's scanner: one <c>key: value</c> a line, each value a
/// plain scalar of words, a double-quoted one without escapes, or a flow list of plain words. Anything else (comments,
/// blank lines, block lists, escapes, indicators, Windows line ends) is not read here, and YamlDotNet reads it as before.
/// </summary>
/// <remarks>
/// The nodes are those YamlDotNet would make for the same lines (its representation model keeps a scalar's text as written,
/// untyped), so pages read either way are the same. Setting up YamlDotNet's scanner and parser for each page was about a
/// tenth of the CPU time of loading 2,000 small pages.
/// </remarks>
internal static class SimpleFrontMatter
{
    /// <summary>The fields in order, each with the line of its key counted from 1 within <paramref name="yaml"/>; null when
    /// the text is not of the plain shape, or names a key twice.</summary>
    public static List<(string Key, YamlNode Value, int Line)>? TryRead(string yaml)
    {
        var fields = new List<(string Key, YamlNode Value, int Line)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var start = 0;
        var line = 1;
        while (start < yaml.Length)
        {
            var end = yaml.IndexOf('\n', start);
            if (end < 0 || ReadLine(yaml.AsSpan(start, end - start)) is not { } field || !keys.Add(field.Key))
            {
                return null;
            }

            fields.Add((field.Key, field.Value, line));
            start = end + 1;
            line++;
        }

        return fields.Count > 0 ? fields : null;
    }

    private static (string Key, YamlNode Value)? ReadLine(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(": ", StringComparison.Ordinal);
        if (colon <= 0 || !IsKey(line[..colon]))
        {
            return null;
        }

        var value = line[(colon + 2)..];
        if (value.IsEmpty || value[^1] == ' ')
        {
            return null;
        }

        YamlNode? node = value[0] switch
        {
            '"' => DoubleQuoted(value),
            '[' => FlowList(value),
            _ => IsPlain(value, IsPlainChar) ? new YamlScalarNode(value.ToString()) : null,
        };
        return node is null ? null : (line[..colon].ToString(), node);
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetterLower(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    // "text" with no quote or backslash inside: YAML keeps every character between the quotes as it is.
    private static YamlScalarNode? DoubleQuoted(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || value[^1] != '"')
        {
            return null;
        }

        var inner = value[1..^1];
        foreach (var c in inner)
        {
            if (c is '"' or '\\' || !IsPrintable(c))
            {
                return null;
            }
        }

        return new YamlScalarNode(inner.ToString());
    }

    // [word, word]: items of letters, digits, spaces, hyphens, underscores and full stops, trimmed of the spaces around them.
    private static YamlSequenceNode? FlowList(ReadOnlySpan<char> value)
    {
        if (value.Length < 2 || value[^1] != ']')
        {
            return null;
        }

        var items = new List<YamlNode>();
        foreach (var range in value[1..^1].Split(','))
        {
            var item = value[1..^1][range].Trim(' ');
            if (!IsPlain(item, IsListChar))
            {
                return null;
            }

            items.Add(new YamlScalarNode(item.ToString()));
        }

        return new YamlSequenceNode(items);
    }

    // A plain scalar that starts with a letter or digit (never an indicator) and holds no character that could end it or
    // start a comment, a mapping or a flow collection.
    private static bool IsPlain(ReadOnlySpan<char> text, Func<char, bool> allowed)
    {
        if (text.IsEmpty || !char.IsLetterOrDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!allowed(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainChar(char c) =>
        char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or ',' or '(' or ')' or '/' or '\'' or '?' or '!' or ';' or '&' or '+' or '=' or '%' or '_' ||
        (c >= '\u00A0' && IsPrintable(c));

    private static bool IsListChar(char c) => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-' or '_' or '.';

    // Printable in YAML and never a line break to YamlDotNet: no control characters, separators, surrogates or byte order mark.
    private static bool IsPrintable(char c) =>
        c is (>= ' ' and <= '~') or (>= '\u00A0' and <= '\uD7FF') or (>= '\uE000' and <= '\uFFFD') && c is not ('\u2028' or '\u2029' or '\uFEFF');
}
