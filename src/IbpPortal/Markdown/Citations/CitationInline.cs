using Markdig.Syntax.Inlines;

namespace IbpPortal.Markdown.Citations;

/// <summary>A citation such as <c>[@kemp1992; @greisler1996]</c>.</summary>
public sealed class CitationInline(IReadOnlyList<string> keys) : LeafInline
{
    /// <summary>The citation keys, in the order written.</summary>
    public IReadOnlyList<string> Keys { get; } = keys;
}
