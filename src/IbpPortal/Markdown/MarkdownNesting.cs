namespace IbpPortal.Markdown;

/// <summary>
/// A quick scan of markdown for nesting deeper than any page needs, run before Markdig sees the text:
/// Markdig stops at its own depth limit with an exception, and a list nested thousands deep takes it
/// minutes to get there. The scan is one pass over the characters.
/// </summary>
/// <remarks>
/// Block depth counts blockquote markers, list markers on one line and list items indented under each
/// other; inline depth counts emphasis delimiters (<c>*</c>, <c>_</c>, <c>~</c>) opened and not yet closed, and
/// unclosed <c>[</c>, within a paragraph. Fenced code blocks and code spans are skipped.
/// </remarks>
public static class MarkdownNesting
{
    /// <summary>The deepest blockquote and list nesting accepted.</summary>
    public const int MaxBlockDepth = 32;

    /// <summary>The most emphasis delimiters or brackets left open at once in a paragraph.</summary>
    public const int MaxInlineDepth = 64;

    /// <summary>The first place where the nesting goes beyond the limits, or null when it never does.</summary>
    public static NestingProblem? Find(string markdown)
    {
        var lists = new Stack<int>();
        var inline = new InlineDepth();
        string? fence = null;
        var lineIndex = 0;
        foreach (var line in markdown.AsSpan().EnumerateLines())
        {
            var problem = Line(line, lineIndex, lists, inline, ref fence);
            if (problem is not null)
            {
                return problem;
            }

            lineIndex++;
        }

        return null;
    }

    private static NestingProblem? Line(ReadOnlySpan<char> line, int index, Stack<int> lists, InlineDepth inline, ref string? fence)
    {
        var trimmed = line.TrimStart();
        if (fence is not null)
        {
            if (trimmed.StartsWith(fence, StringComparison.Ordinal))
            {
                fence = null;
            }

            return null;
        }

        if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
        {
            fence = trimmed[..3].ToString();
            return null;
        }

        if (trimmed.IsEmpty)
        {
            inline.Reset();
            return null;
        }

        var indent = line.Length - trimmed.Length;
        var (markers, quotes, textStart) = ContainerMarkers(trimmed);
        var depth = quotes + markers + ListDepth(lists, indent, markers > 0);
        if (depth > MaxBlockDepth)
        {
            return new NestingProblem(index, depth, NestingKind.Block);
        }

        var open = inline.Scan(trimmed[textStart..]);
        return open > MaxInlineDepth ? new NestingProblem(index, open, NestingKind.Inline) : null;
    }

    // An item indented at or beyond the previous item's text is nested inside it.
    private static int ListDepth(Stack<int> lists, int indent, bool isItem)
    {
        while (lists.Count > 0 && lists.Peek() > indent)
        {
            lists.Pop();
        }

        var depth = lists.Count;
        if (isItem)
        {
            lists.Push(indent + 2);
        }

        return depth;
    }

    // How many blockquote and list markers open the line, and where its text starts.
    private static (int Markers, int Quotes, int TextStart) ContainerMarkers(ReadOnlySpan<char> line)
    {
        var text = line;
        var markers = 0;
        var quotes = 0;
        while (!text.IsEmpty)
        {
            if (text[0] == '>')
            {
                quotes++;
                text = text[1..].TrimStart();
            }
            else if (ListMarkerLength(text) is > 0 and var length)
            {
                markers++;
                text = text[length..].TrimStart();
            }
            else
            {
                break;
            }
        }

        return (markers, quotes, line.Length - text.Length);
    }

    private static int ListMarkerLength(ReadOnlySpan<char> text)
    {
        if (text.Length >= 2 && text[0] is '-' or '*' or '+' && text[1] is ' ' or '\t')
        {
            return 2;
        }

        var digits = 0;
        while (digits < text.Length && digits < 9 && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        return digits > 0 && text.Length >= digits + 2 && text[digits] is '.' or ')' && text[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }
}
