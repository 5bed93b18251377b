using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Renders a paired shortcode around its rendered content.</summary>
internal sealed class ShortcodeContainerHtmlRenderer(ShortcodeRegistry registry, ShortcodeContext context) : HtmlObjectRenderer<ShortcodeContainer>
{
    protected override void Write(HtmlRenderer renderer, ShortcodeContainer obj)
    {
        renderer.Write(ShortcodeDispatch.Render(registry, context, obj.Call, ShortcodeKind.Paired));
        renderer.WriteChildren(obj);
        renderer.Write(registry.Find(obj.Call.Name)?.RenderClose(obj.Call) ?? string.Empty);
    }
}
