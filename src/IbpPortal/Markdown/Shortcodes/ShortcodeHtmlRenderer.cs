using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Renders a block shortcode through its definition.</summary>
internal sealed class ShortcodeHtmlRenderer(ShortcodeRegistry registry, ShortcodeContext context) : HtmlObjectRenderer<ShortcodeBlock>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeBlock obj) =>
        renderer.Write(ShortcodeDispatch.Render(registry, context, obj.Call, ShortcodeKind.Block));
}
