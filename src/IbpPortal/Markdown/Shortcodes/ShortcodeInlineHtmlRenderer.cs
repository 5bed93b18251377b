using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Renders an inline shortcode through its definition.</summary>
internal sealed class ShortcodeInlineHtmlRenderer(ShortcodeRegistry registry, ShortcodeContext context) : HtmlObjectRenderer<ShortcodeInline>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeInline obj) =>
        renderer.Write(ShortcodeDispatch.Render(registry, context, obj.Call, ShortcodeKind.Inline));
}
