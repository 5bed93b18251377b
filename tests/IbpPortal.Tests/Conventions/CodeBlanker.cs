using System.Text;

namespace IbpPortal.Tests.Conventions;

/// <summary>Replaces C# comments and the text of string and character literals with spaces, keeping every line break and every code character in place.</summary>
/// <remarks>
/// Enough of the lexer for convention scans: line and block comments, regular, verbatim and raw strings, character
/// literals, and interpolated strings, whose holes stay code (so their braces still balance).
/// </remarks>
internal static class CodeBlanker
{
    /// <summary>The text with comments and literal contents blanked; quotes and interpolation holes are kept.</summary>
    public static string Blank(string text)
    {
        var output = new StringBuilder(text);
        var i = 0;
        Code(text, output, ref i, stopAtBrace: false);
        return output.ToString();
    }

    // Scans code until the end, or (inside an interpolation hole) until its closing brace.
    private static void Code(string text, StringBuilder output, ref int i, bool stopAtBrace)
    {
        var depth = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c == '/' && next == '/')
            {
                i = BlankUntil(text, output, i, "\n", keepEnd: true);
            }
            else if (c == '/' && next == '*')
            {
                i = BlankUntil(text, output, i, "*/", keepEnd: false);
            }
            else if (c == '\'')
            {
                i = CharLiteral(text, output, i);
            }
            else if (c is '"' or '$' or '@' && StringStart(text, i) is { } start)
            {
                i = StringLiteral(text, output, i, start);
            }
            else if (c == '{')
            {
                depth++;
                i++;
            }
            else if (c == '}')
            {
                if (stopAtBrace && depth == 0)
                {
                    return;
                }

                depth--;
                i++;
            }
            else
            {
                i++;
            }
        }
    }

    private readonly record struct Start(int Dollars, bool Verbatim, int Quotes, int Length);

    // A string literal's prefix at i: $ count, @, and how many quotes open it (3 or more for a raw string).
    private static Start? StringStart(string text, int i)
    {
        var j = i;
        var dollars = 0;
        var verbatim = false;
        while (j < text.Length && (text[j] == '$' || text[j] == '@'))
        {
            dollars += text[j] == '$' ? 1 : 0;
            verbatim |= text[j] == '@';
            j++;
        }

        if (j >= text.Length || text[j] != '"' || (j > i && i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '_')))
        {
            return null;
        }

        var quotes = 0;
        while (j + quotes < text.Length && text[j + quotes] == '"')
        {
            quotes++;
        }

        // "" is an empty string, not a raw string.
        quotes = quotes >= 3 ? quotes : 1;
        return new Start(dollars, verbatim, quotes, j - i + quotes);
    }

    private static int StringLiteral(string text, StringBuilder output, int i, Start start)
    {
        i += start.Length;
        if (start.Quotes >= 3)
        {
            var close = new string('"', start.Quotes);
            return BlankUntil(text, output, i, close, keepEnd: true);
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                if (start.Verbatim && i + 1 < text.Length && text[i + 1] == '"')
                {
                    Blank(output, i, 2);
                    i += 2;
                    continue;
                }

                return i + 1;
            }

            if (c == '\\' && !start.Verbatim)
            {
                Blank(output, i, Math.Min(2, text.Length - i));
                i += 2;
                continue;
            }

            if (c == '{' && start.Dollars > 0)
            {
                if (i + 1 < text.Length && text[i + 1] == '{')
                {
                    Blank(output, i, 2);
                    i += 2;
                    continue;
                }

                i++;
                Code(text, output, ref i, stopAtBrace: true);
                i++;
                continue;
            }

            if (c != '\n')
            {
                output[i] = ' ';
            }

            i++;
        }

        return i;
    }

    private static int CharLiteral(string text, StringBuilder output, int i)
    {
        var j = i + 1;
        while (j < text.Length && text[j] != '\'' && text[j] != '\n')
        {
            j += text[j] == '\\' ? 2 : 1;
        }

        Blank(output, i + 1, Math.Max(0, Math.Min(j, text.Length) - i - 1));
        return j + 1;
    }

    // Blanks from i up to the terminator; the terminator itself is kept (a line break, closing quotes) or blanked (*/).
    private static int BlankUntil(string text, StringBuilder output, int i, string terminator, bool keepEnd)
    {
        var end = text.IndexOf(terminator, i + (keepEnd ? 0 : 2), StringComparison.Ordinal);
        end = end < 0 ? text.Length : end;
        for (var k = i; k < end; k++)
        {
            if (text[k] != '\n')
            {
                output[k] = ' ';
            }
        }

        if (keepEnd)
        {
            return end + (terminator == "\n" ? 0 : terminator.Length);
        }

        Blank(output, end, Math.Min(terminator.Length, text.Length - end));
        return end + terminator.Length;
    }

    private static void Blank(StringBuilder output, int at, int count)
    {
        for (var k = at; k < at + count && k < output.Length; k++)
        {
            if (output[k] != '\n')
            {
                output[k] = ' ';
            }
        }
    }
}
