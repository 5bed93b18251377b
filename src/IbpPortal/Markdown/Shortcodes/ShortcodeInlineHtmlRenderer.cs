using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Renders a shortcode inside a paragraph.</summary>
internal sealed class ShortcodeInlineHtmlRenderer(ShortcodeRegistry registry) : HtmlObjectRenderer<ShortcodeInline>
{
    /// <summary>The page being rendered; set by <see cref="ShortcodeExtension.Bind"/>.</summary>
    public ShortcodeContext? Context { get; set; }

    protected override void Write(HtmlRenderer renderer, ShortcodeInline obj) =>
        renderer.Write(ShortcodeDispatch.Render(registry, ShortcodeContexts.Required(Context), obj.Call, ShortcodeKind.Inline));
}
