using IbpPortal.Content;
using Markdig;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;

namespace IbpPortal.Markdown.Citations;

/// <summary>Citations (<c>[@key]</c>, <c>[@a; @b]</c>) as a Markdig extension: the parser goes before links, which would otherwise read the brackets.</summary>
/// <remarks>Citations render with the site's references, which <see cref="Bind"/> gives each renderer before it renders a page.</remarks>
public sealed class CitationExtension : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CitationInlineParser>())
        {
            pipeline.InlineParsers.InsertBefore<LinkInlineParser>(new CitationInlineParser());
        }
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.AddIfNotAlready<CitationHtmlRenderer>();
        }
    }

    /// <summary>Gives the citation renderer of <paramref name="renderer"/> the references that keys name.</summary>
    public static void Bind(HtmlRenderer renderer, IReadOnlyDictionary<string, Reference> references) =>
        (renderer.ObjectRenderers.Find<CitationHtmlRenderer>()
            ?? throw new InvalidOperationException("the renderer has no CitationHtmlRenderer: set it up with a pipeline built with UseCitations()")).References = references;
}
