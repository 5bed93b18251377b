using IbpPortal.Content;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace IbpPortal.Markdown.Citations;

/// <summary>Renders a citation as "(Kemp and Kemp, 1992)" linked to the page's reference list.</summary>
internal sealed class CitationHtmlRenderer : HtmlObjectRenderer<CitationInline>
{
    /// <summary>The site's references by key; set by <see cref="CitationExtension.Bind"/>.</summary>
    public IReadOnlyDictionary<string, Reference>? References { get; set; }

    protected override void Write(HtmlRenderer renderer, CitationInline obj)
    {
        var references = References ?? throw new InvalidOperationException("a citation was rendered without the references: call CitationExtension.Bind on the renderer first");
        renderer.Write("<span class=\"ibp-citation\">(");
        var first = true;
        foreach (var key in obj.Keys)
        {
            if (!first)
            {
                renderer.Write("; ");
            }

            first = false;
            if (references.TryGetValue(key, out var reference))
            {
                renderer.Write("<a href=\"#ref-").Write(MarkdownRenderer.Encode(key)).Write("\">")
                    .Write(MarkdownRenderer.Encode(reference.ShortCitation)).Write("</a>");
            }
            else
            {
                renderer.Write(MarkdownRenderer.Encode(key));
            }
        }

        renderer.Write(")</span>");
    }
}
