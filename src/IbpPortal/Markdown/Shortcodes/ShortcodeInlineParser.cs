using Markdig.Helpers;
using Markdig.Parsers;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Parses shortcodes inside a line of text.</summary>
public sealed class ShortcodeInlineParser : InlineParser
{
    /// <summary>Creates the parser, triggered by <c>{</c>.</summary>
    public ShortcodeInlineParser() => OpeningCharacters = ['{'];

    /// <inheritdoc />
    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekCharExtra(1) != '{' || slice.PeekCharExtra(2) != '<')
        {
            return false;
        }

        processor.GetSourcePosition(slice.Start, out var line, out var column);
        var length = ShortcodeSyntax.TryParse(slice.Text, slice.Start, line, column, out var call, out _);
        if (length == 0 || call is null || length > slice.Length)
        {
            return false;
        }

        processor.Inline = new ShortcodeInline(call) { Line = line, Column = column, Span = new(slice.Start, slice.Start + length - 1) };
        slice.Start += length;
        return true;
    }
}
