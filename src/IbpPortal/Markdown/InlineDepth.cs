using System.Buffers;

namespace IbpPortal.Markdown;

/// <summary>Counts emphasis delimiters and brackets opened and not yet closed across the lines of one paragraph.</summary>
internal sealed class InlineDepth
{
    // The characters that change a count or the code-span state; the scan jumps over everything else.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\\`*_~[]");

    private int _emphasis;
    private int _brackets;

    /// <summary>Starts a new paragraph.</summary>
    public void Reset()
    {
        _emphasis = 0;
        _brackets = 0;
    }

    /// <summary>Adds one line and returns the most delimiters open at once on it.</summary>
    public int Scan(ReadOnlySpan<char> line)
    {
        var deepest = Math.Max(_emphasis, _brackets);
        var code = false;
        for (var i = 0; i < line.Length; i++)
        {
            var skip = line[i..].IndexOfAny(Marks);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = line[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '`')
            {
                code = !code;
            }
            else if (code)
            {
                continue;
            }
            else if (c is '*' or '_' or '~')
            {
                i = Run(line, i) - 1;
            }
            else if (c == '[')
            {
                _brackets++;
            }
            else if (c == ']')
            {
                _brackets = Math.Max(0, _brackets - 1);
            }

            deepest = Math.Max(deepest, Math.Max(_emphasis, _brackets));
        }

        return deepest;
    }

    // A run that can only open adds its length, one that can only close takes it away; one that can do both
    // (inside a word, such as snake_case) is left alone, which keeps ordinary text far from the limit.
    private int Run(ReadOnlySpan<char> line, int start)
    {
        var end = start;
        while (end < line.Length && line[end] == line[start])
        {
            end++;
        }

        var before = start > 0 ? line[start - 1] : ' ';
        var after = end < line.Length ? line[end] : ' ';
        var opens = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || char.IsPunctuation(before) || !char.IsPunctuation(after));
        var closes = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || !char.IsPunctuation(before));
        if (opens && !closes)
        {
            _emphasis += end - start;
        }
        else if (closes && !opens)
        {
            _emphasis = Math.Max(0, _emphasis - (end - start));
        }

        return end;
    }
}
