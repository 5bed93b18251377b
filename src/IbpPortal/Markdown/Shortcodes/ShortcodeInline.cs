using Markdig.Syntax.Inlines;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>A shortcode inside a sentence, such as a KPI figure.</summary>
public sealed class ShortcodeInline(ShortcodeCall call) : LeafInline
{
    /// <summary>The shortcode as written.</summary>
    public ShortcodeCall Call { get; } = call;
}
