using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Renders a shortcode on a line of its own.</summary>
internal sealed class ShortcodeHtmlRenderer(ShortcodeRegistry registry) : HtmlObjectRenderer<ShortcodeBlock>
{
    /// <summary>The page being rendered; set by <see cref="ShortcodeExtension.Bind"/>.</summary>
    public ShortcodeContext? Context { get; set; }

    protected override void Write(HtmlRenderer renderer, ShortcodeBlock obj) =>
        renderer.Write(ShortcodeDispatch.Render(registry, ShortcodeContexts.Required(Context), obj.Call, ShortcodeKind.Block));
}
