using Markdig.Parsers;
using Markdig.Syntax;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Parses shortcodes that stand alone on a line, opening a container for paired ones.</summary>
/// <param name="isPaired">Tells whether a name is a paired shortcode.</param>
public sealed class ShortcodeBlockParser(Func<string, bool> isPaired) : BlockParser
{
    /// <inheritdoc />
    public override bool CanInterrupt(BlockProcessor processor, Block block) => true;

    /// <summary>Characters that may open a shortcode.</summary>
    public ShortcodeBlockParser Init()
    {
        OpeningCharacters = ['{'];
        return this;
    }

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var call = WholeLine(processor);
        if (call is null || call.IsClosing)
        {
            return BlockState.None;
        }

        if (isPaired(call.Name))
        {
            processor.NewBlocks.Push(new ShortcodeContainer(this, call) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) });
            return BlockState.ContinueDiscard;
        }

        processor.NewBlocks.Push(new ShortcodeBlock(this, call) { Line = processor.LineIndex, Column = processor.Column, Span = new(processor.Start, processor.Line.End) });
        return BlockState.BreakDiscard;
    }

    /// <inheritdoc />
    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is not ShortcodeContainer container)
        {
            return BlockState.None;
        }

        if (!processor.IsCodeIndent && processor.CurrentChar == '{' && WholeLine(processor) is { IsClosing: true } close && close.Name == container.Call.Name)
        {
            container.Closed = true;
            container.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }

        return BlockState.Continue;
    }

    private static ShortcodeCall? WholeLine(BlockProcessor processor)
    {
        var line = processor.Line;
        var text = line.Text;
        var length = ShortcodeSyntax.TryParse(text, line.Start, processor.LineIndex, processor.Column, out var call, out _);
        if (length == 0 || call is null)
        {
            return null;
        }

        for (var i = line.Start + length; i <= line.End; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return null;
            }
        }

        return call;
    }
}
