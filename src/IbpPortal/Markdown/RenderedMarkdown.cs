using IbpPortal.Content;

namespace IbpPortal.Markdown;

/// <summary>A markdown page rendered to HTML, with what its layout needs besides the HTML.</summary>
/// <param name="Citations">Works cited on the page, in order of first citation.</param>
/// <param name="ExternalLinks">Addresses outside the site, for <c>ibp check --external</c>.</param>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<TocEntry> Toc,
    IReadOnlyList<Reference> Citations,
    IReadOnlyList<string> ExternalLinks);
