using System.Text;
using System.Text.RegularExpressions;

namespace IbpPortal.Tests.Conventions;

/// <summary>A block-bodied method, constructor or local function: its name and the lines it runs over, from signature to closing brace.</summary>
internal sealed record MethodSpan(string Name, int FirstLine, int LastLine)
{
    /// <summary>How many lines the method takes, its signature and braces included.</summary>
    public int Length => LastLine - FirstLine + 1;
}

/// <summary>Finds the methods of a file by matching braces over its blanked code (no compiler needed).</summary>
/// <remarks>
/// A brace opens a method when the code before it (since the last <c>;</c>, <c>{</c> or <c>}</c>, attributes left out)
/// is a declaration: modifiers or a return type, a name and a parameter list. Expression-bodied members and lambdas are
/// not counted; they are short by habit.
/// </remarks>
internal static partial class MethodSpans
{
    /// <summary>Every block-bodied method of <paramref name="file"/>.</summary>
    public static IReadOnlyList<MethodSpan> Of(SourceFile file)
    {
        var spans = new List<MethodSpan>();
        var open = new Stack<(string? Name, int Line)>();
        var header = new StringBuilder();
        var headerLine = 0;
        for (var line = 0; line < file.Code.Count; line++)
        {
            foreach (var c in file.Code[line])
            {
                switch (c)
                {
                    case '{':
                        open.Push((MethodName(header.ToString()), headerLine));
                        header.Clear();
                        break;
                    case '}':
                        if (open.Count > 0 && open.Pop() is { Name: { } name, Line: var first })
                        {
                            spans.Add(new MethodSpan(name, first, line + 1));
                        }

                        header.Clear();
                        break;
                    case ';':
                        header.Clear();
                        break;
                    default:
                        if (header.Length == 0 && char.IsWhiteSpace(c))
                        {
                            break;
                        }

                        if (header.Length == 0 || EndsWithAttribute(header))
                        {
                            headerLine = line + 1;
                        }

                        header.Append(c);
                        break;
                }
            }

            if (header.Length > 0)
            {
                header.Append(' ');
            }
        }

        return spans;
    }

    /// <summary>The declared name when <paramref name="header"/> declares a method, constructor or local function; otherwise null.</summary>
    internal static string? MethodName(string header)
    {
        var text = Attributes().Replace(header, string.Empty).Trim();
        if (text.Contains("=>", StringComparison.Ordinal) || TypeKeyword().IsMatch(text))
        {
            return null;
        }

        var match = Declaration().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var type = match.Groups["type"].Value.Trim();
        var hasModifiers = match.Groups["mods"].Value.Trim().Length > 0;
        if (!hasModifiers && (type.Length == 0 || NotAType().IsMatch(type)))
        {
            return null;
        }

        var name = match.Groups["name"].Value;
        return NotAType().IsMatch(name) ? null : name;
    }

    // A header that so far holds only attributes starts again at the next line's declaration.
    private static bool EndsWithAttribute(StringBuilder header)
    {
        var text = header.ToString().TrimEnd();
        return text.EndsWith(']') && Attributes().Replace(text, string.Empty).Trim().Length == 0;
    }

    [GeneratedRegex(@"^\s*(\[[^\[\]]*(\[[^\[\]]*\][^\[\]]*)*\]\s*)+")]
    private static partial Regex Attributes();

    [GeneratedRegex(@"\b(class|struct|record|interface|enum|namespace)\b")]
    private static partial Regex TypeKeyword();

    [GeneratedRegex(@"^(?<mods>((public|private|protected|internal|static|override|virtual|abstract|sealed|async|extern|unsafe|new|partial|readonly|file)\s+)*)(?<type>([\w\.]+(<[^;{}=]*?>)?|\([^()]*\))(\[\])*\??\s+)?(?<name>\w+)\s*(<[^;{}=()]*>)?\s*\(")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"^(await|return|new|throw|yield|else|case|using|lock|if|for|foreach|while|switch|catch|when|do|try|finally|fixed|checked|unchecked|get|set|init|add|remove|is|as|in|out|ref|var|default|goto|nameof|typeof|sizeof|base|this|public|private|protected|internal|static|override|virtual|abstract|sealed|async|extern|unsafe|partial|readonly)$")]
    private static partial Regex NotAType();
}
