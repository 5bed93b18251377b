using Markdig.Helpers;
using Markdig.Parsers;

namespace IbpPortal.Markdown.Citations;

/// <summary>Parses pandoc-style citations: <c>[@key]</c> and <c>[@a; @b]</c>.</summary>
public sealed class CitationInlineParser : InlineParser
{
    /// <summary>Creates the parser, triggered by <c>[</c>.</summary>
    public CitationInlineParser() => OpeningCharacters = ['['];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '@')
        {
            return false;
        }

        var text = slice.Text;
        var close = text.IndexOf(']', slice.Start);
        if (close < 0 || close > slice.End)
        {
            return false;
        }

        var keys = new List<string>();
        foreach (var part in text[(slice.Start + 1)..close].Split(';'))
        {
            var key = part.Trim();
            if (!key.StartsWith('@') || key.Length < 2 || key[1..].Any(c => !(char.IsLetterOrDigit(c) || c is '-' or '_' or ':' or '.')))
            {
                return false;
            }

            keys.Add(key[1..]);
        }

        processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new CitationInline(keys) { Line = line, Column = column, Span = new(slice.Start, close) };
        slice.Start = close + 1;
        return true;
    }
}
