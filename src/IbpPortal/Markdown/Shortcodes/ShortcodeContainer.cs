using Markdig.Parsers;
using Markdig.Syntax;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>A paired shortcode with the markdown it wraps, such as a callout.</summary>
public sealed class ShortcodeContainer(BlockParser parser, ShortcodeCall call) : ContainerBlock(parser)
{
    /// <summary>The opening shortcode.</summary>
    public ShortcodeCall Call { get; } = call;

    /// <summary>True once the closing line has been seen.</summary>
    public bool Closed { get; set; }
}
