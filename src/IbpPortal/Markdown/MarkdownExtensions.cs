using IbpPortal.Markdown.Citations;
using IbpPortal.Markdown.Shortcodes;
using IbpPortal.Markdown.Tables;
using Markdig;

namespace IbpPortal.Markdown;

/// <summary>The portal's Markdig extensions, each switched on with a <c>UseXxx()</c> method as Markdig's own are.</summary>
public static class MarkdownExtensions
{
    /// <summary>Shortcodes from <paramref name="registry"/>: inline, on a line of their own, or paired around content.</summary>
    public static MarkdownPipelineBuilder UseShortcodes(this MarkdownPipelineBuilder pipeline, ShortcodeRegistry registry)
    {
        pipeline.Extensions.ReplaceOrAdd<ShortcodeExtension>(new ShortcodeExtension(registry));
        return pipeline;
    }

    /// <summary>Citations such as <c>[@key]</c>, linked to the page's reference list.</summary>
    public static MarkdownPipelineBuilder UseCitations(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<CitationExtension>();
        return pipeline;
    }

    /// <summary>Pipe tables written as NHS.UK's responsive table, with its classes set on the syntax tree.</summary>
    public static MarkdownPipelineBuilder UseNhsTables(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<NhsTableExtension>();
        return pipeline;
    }
}
