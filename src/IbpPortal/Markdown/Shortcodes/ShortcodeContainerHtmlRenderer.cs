using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Renders a paired shortcode around its content.</summary>
internal sealed class ShortcodeContainerHtmlRenderer(ShortcodeRegistry registry) : HtmlObjectRenderer<ShortcodeContainer>
{
    /// <summary>The page being rendered; set by <see cref="ShortcodeExtension.Bind"/>.</summary>
    public ShortcodeContext? Context { get; set; }

    protected override void Write(HtmlRenderer renderer, ShortcodeContainer obj)
    {
        renderer.Write(ShortcodeDispatch.Render(registry, ShortcodeContexts.Required(Context), obj.Call, ShortcodeKind.Paired));
        renderer.WriteChildren(obj);
        renderer.Write(registry.Find(obj.Call.Name)?.RenderClose(obj.Call) ?? string.Empty);
    }
}
