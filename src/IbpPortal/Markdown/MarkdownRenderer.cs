using System.Net;
using System.Text;
using IbpPortal.Content;
using IbpPortal.Markdown.Citations;
using IbpPortal.Markdown.Shortcodes;
using IbpPortal.Render;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IbpPortal.Markdown;

/// <summary>Renders a content page's markdown to safe HTML: shortcodes, citations, checked and base-path-aware links.</summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;

    /// <summary>Builds the pipeline once; it is safe to use from many threads.</summary>
    /// <param name="allowRawHtml">Lets raw HTML (and generic attributes) through; off by default.</param>
    public MarkdownRenderer(ShortcodeRegistry shortcodes, bool allowRawHtml)
    {
        // Ours first: Markdig sets extensions up in order and several insert their parsers at the front, so ours
        // stay behind Markdig's, as they always have (footnote definitions before shortcodes, for one).
        var builder = new MarkdownPipelineBuilder()
            .UseShortcodes(shortcodes)
            .UseCitations()
            .UsePipeTables()
            .UseNhsTables()
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseListExtras();
        if (allowRawHtml)
        {
            // Generic attributes can add event handlers, so they come only with raw HTML.
            builder.UseGenericAttributes();
        }
        else
        {
            builder.DisableHtml();
        }

        _pipeline = builder.Build();
    }

    /// <summary>Renders <paramref name="page"/>; problems go to the context's diagnostics with file and line.</summary>
    /// <param name="charts">The page's chart collector, for shortcodes that show a chart; null where none may.</param>
    public RenderedMarkdown Render(ContentPage page, RenderContext context, PageCharts? charts = null)
    {
        if (Parse(page, context) is not { } document)
        {
            return new RenderedMarkdown(string.Empty, [], [], []);
        }

        var shortcodeContext = new ShortcodeContext(page, context.Diagnostics) { Charts = charts };
        var links = new LinkChecker(page, context);
        var external = new List<string>();
        var cited = new List<Reference>();
        var toc = new List<TocEntry>();

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock { Level: 2 } heading when heading.GetAttributes().Id is { } id:
                    toc.Add(new TocEntry(id, InlineText(heading.Inline)));
                    break;
                case LinkInline link:
                    link.Url = links.Resolve(link.Url, link.Line, link.Column, external);
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    // <https://…> and <javascript:…> alike: the same policy as every other link.
                    autolink.Url = links.Resolve(autolink.Url, autolink.Line, autolink.Column, external);
                    break;
                case CitationInline citation:
                    foreach (var key in citation.Keys)
                    {
                        if (context.References.TryGetValue(key, out var reference))
                        {
                            if (!cited.Contains(reference))
                            {
                                cited.Add(reference);
                            }
                        }
                        else
                        {
                            var suggestion = Suggest.Nearest(key, context.References.Keys);
                            context.Diagnostics.Error(page.BodyLocation(citation.Line, citation.Column + 1), ContentCodes.UnknownCitation,
                                $"the citation '@{key}' is not in {ReferenceLoader.FilePath}",
                                suggestion is null ? "add the work to the references file, or correct the key" : $"did you mean '@{suggestion}'?");
                        }
                    }

                    break;
                case ShortcodeContainer { Closed: false } open:
                    context.Diagnostics.Error(page.BodyLocation(open.Line, 1), ShortcodeCodes.Unpaired,
                        $"the '{open.Call.Name}' shortcode is opened here but never closed",
                        $"add a line {{{{< /{open.Call.Name} >}}}} after its content");
                    break;
                default:
                    break;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        _pipeline.Setup(renderer);
        ShortcodeExtension.Bind(renderer, shortcodeContext);
        CitationExtension.Bind(renderer, context.References);
        renderer.Render(document);
        writer.Flush();

        foreach (var url in external)
        {
            context.ExternalLink(page.SourcePath, url);
        }

        return new RenderedMarkdown(writer.ToString(), toc.Count >= 4 ? toc : [], cited, external);
    }

    // MarkdownNesting stops deep nesting at Validate; should some other shape still reach Markdig's depth limit,
    // the page gets an error with its file instead of the build stopping with an exception.
    private MarkdownDocument? Parse(ContentPage page, RenderContext context)
    {
        try
        {
            return Markdig.Markdown.Parse(page.Body, _pipeline);
        }
        catch (ArgumentException ex)
        {
            context.Diagnostics.Error(page.BodyLocation(0), ContentCodes.NestedTooDeep,
                $"the markdown parser could not read this page ({ex.Message.TrimEnd('.')})",
                "look for quotes, lists, emphasis or brackets nested very deeply, and flatten them");
            return null;
        }
    }

    /// <summary>The plain text of a heading, for the contents list.</summary>
    private static string InlineText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var node in inline?.Descendants<LiteralInline>() ?? [])
        {
            text.Append(node.Content);
        }

        foreach (var code in inline?.Descendants<CodeInline>() ?? [])
        {
            text.Append(code.Content);
        }

        return text.ToString();
    }

    /// <summary>HTML-encodes text for element content and attribute values.</summary>
    internal static string Encode(string text) => WebUtility.HtmlEncode(text);
}
