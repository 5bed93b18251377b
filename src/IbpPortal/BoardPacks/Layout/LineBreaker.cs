using PdfSharp.Drawing;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>Breaks styled runs into lines no wider than a given width, measuring words with the real fonts.</summary>
/// <remarks>Lines break at spaces; a word wider than the line is broken after a slash, hyphen or underscore or before a
/// dot where it has one, else between characters; "\n" forces a break.</remarks>
internal sealed class LineBreaker(LayoutContext context, double size, double maxWidth, bool bold = false)
{
    private readonly List<TextLine> _lines = [];
    private List<LineSpan> _spans = [];
    private double _width;
    private bool _pendingSpace;

    public static IReadOnlyList<TextLine> Break(LayoutContext context, IReadOnlyList<InlineRun> runs, double size, double maxWidth, bool bold = false)
    {
        var breaker = new LineBreaker(context, size, maxWidth, bold);
        foreach (var run in runs)
        {
            breaker.Add(run);
        }

        return breaker.Finish();
    }

    private XFont FontOf(InlineRun run) => context.Theme.Font(size, bold || run.Bold, run.Italic);

    private void Add(InlineRun run)
    {
        var font = FontOf(run);
        int i = 0;
        var text = run.Text;
        while (i < text.Length)
        {
            if (IsBreak(text[i]))
            {
                if (text[i] == '\n')
                {
                    NewLine();
                    _pendingSpace = false;
                }
                else
                {
                    _pendingSpace = true;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < text.Length && !IsBreak(text[end]))
            {
                end++;
            }

            AddWord(run, font, text[i..end]);
            i = end;
        }
    }

    /// <summary>White space other than the no-break space, which keeps "3 of 11" on one line.</summary>
    private static bool IsBreak(char c) => char.IsWhiteSpace(c) && c != '\u00A0';

    private void AddWord(InlineRun run, XFont font, string word)
    {
        double wordWidth = context.Width(word, font);
        double space = _pendingSpace && _spans.Count > 0 ? context.Width(" ", font) : 0;
        if (_spans.Count > 0 && _width + space + wordWidth > maxWidth)
        {
            NewLine();
            space = 0;
        }
        if (wordWidth > maxWidth)
        {
            AddLongWord(run, font, word);
            return;
        }
        Place(run, (space > 0 ? " " : "") + word, space + wordWidth);
        _pendingSpace = false;
    }

    private void AddLongWord(InlineRun run, XFont font, string word)
    {
        int start = 0;
        while (start < word.Length)
        {
            int end = start + 1;
            while (end < word.Length && context.Width(word[start..(end + 1)], font) <= maxWidth - _width)
            {
                end++;
            }

            // A path or a compound ("data/context-organisations.csv") breaks after a slash, hyphen or underscore, else
            // before a dot, where one falls on the line, rather than at whichever letter fills it.
            if (end < word.Length && BreakWithin(word, start, end) is { } better)
            {
                end = better;
            }

            var piece = word[start..end];
            Place(run, piece, context.Width(piece, font));
            start = end;
            if (start < word.Length)
            {
                NewLine();
            }
        }
        _pendingSpace = false;
    }

    /// <summary>The last place in word[start..end], past the piece's first character, after a '/', '-' or '_' (so that
    /// a file's name stays whole with its extension), else before a '.'; null when there is none.</summary>
    private static int? BreakWithin(string word, int start, int end)
    {
        for (var i = end; i > start + 1; i--)
        {
            if (word[i - 1] is '/' or '-' or '_')
            {
                return i;
            }
        }

        for (var i = end; i > start + 1; i--)
        {
            if (word[i] == '.')
            {
                return i;
            }
        }

        return null;
    }

    private void Place(InlineRun run, string text, double width)
    {
        if (_spans.Count > 0 && ReferenceEquals(_spans[^1].Run, run))
        {
            var last = _spans[^1];
            _spans[^1] = last with { Text = last.Text + text, Width = last.Width + width };
        }
        else
        {
            // A span never starts with its separating space: the space stays as a gap before it.
            var trimmed = text.TrimStart(' ');
            double gap = width - (trimmed.Length == text.Length ? width : context.Width(trimmed, FontOf(run)));
            _spans.Add(new LineSpan(run, trimmed, _width + gap, width - gap));
        }
        _width += width;
    }

    private void NewLine()
    {
        _lines.Add(new TextLine(_spans, _width));
        _spans = [];
        _width = 0;
    }

    private List<TextLine> Finish()
    {
        if (_spans.Count > 0 || _lines.Count == 0)
        {
            NewLine();
        }

        return _lines;
    }
}
