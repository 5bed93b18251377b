using Markdig;
using Markdig.Renderers;

namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Shortcodes (<c>{{&lt; name args &gt;}}</c>, inline, on a line of their own, or paired around content) as a Markdig extension.</summary>
/// <remarks>
/// The parsers go first so that no other parser claims the braces. Shortcodes render with their page's
/// <see cref="ShortcodeContext"/>, which <see cref="Bind"/> gives each renderer before it renders a page.
/// </remarks>
public sealed class ShortcodeExtension(ShortcodeRegistry registry) : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ShortcodeBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new ShortcodeBlockParser(registry.IsPaired).Init());
        }

        if (!pipeline.InlineParsers.Contains<ShortcodeInlineParser>())
        {
            pipeline.InlineParsers.Insert(0, new ShortcodeInlineParser());
        }
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready(new ShortcodeHtmlRenderer(registry));
            html.ObjectRenderers.AddIfNotAlready(new ShortcodeContainerHtmlRenderer(registry));
            html.ObjectRenderers.AddIfNotAlready(new ShortcodeInlineHtmlRenderer(registry));
        }
    }

    /// <summary>Gives the shortcode renderers of <paramref name="renderer"/> the page they render for.</summary>
    public static void Bind(HtmlRenderer renderer, ShortcodeContext context)
    {
        Find<ShortcodeHtmlRenderer>(renderer).Context = context;
        Find<ShortcodeContainerHtmlRenderer>(renderer).Context = context;
        Find<ShortcodeInlineHtmlRenderer>(renderer).Context = context;
    }

    private static T Find<T>(HtmlRenderer renderer) where T : class, IMarkdownObjectRenderer =>
        renderer.ObjectRenderers.Find<T>() ?? throw new InvalidOperationException($"the renderer has no {typeof(T).Name}: set it up with a pipeline built with UseShortcodes()");
}
