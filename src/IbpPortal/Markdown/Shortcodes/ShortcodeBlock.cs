using Markdig.Parsers;
using Markdig.Syntax;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>A shortcode on a line of its own, such as a chart.</summary>
public sealed class ShortcodeBlock(BlockParser parser, ShortcodeCall call) : LeafBlock(parser)
{
    /// <summary>The shortcode as written.</summary>
    public ShortcodeCall Call { get; } = call;
}
