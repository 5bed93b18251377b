using IbpPortal.Markdown;

namespace IbpPortal.Render.Views;

/// <summary>The <c>page</c> variable of every layout.</summary>
public sealed record PageView
{
    /// <summary>The page title.</summary>
    public required string Title { get; init; }

    /// <summary>One-sentence summary, or null.</summary>
    public string? Description { get; init; }

    /// <summary>The page's address (with the base path).</summary>
    public required string Url { get; init; }

    /// <summary>The page's absolute address.</summary>
    public required string Canonical { get; init; }

    /// <summary>Rendered markdown body, already safe HTML.</summary>
    public string Content { get; init; } = string.Empty;

    /// <summary>Second-level headings for the contents list (empty on short pages).</summary>
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];

    /// <summary>Breadcrumb trail above the page.</summary>
    public IReadOnlyList<LinkView> Breadcrumbs { get; init; } = [];

    /// <summary>Tags with their tag pages.</summary>
    public IReadOnlyList<TagView> Tags { get; init; } = [];

    /// <summary>Works cited on the page.</summary>
    public IReadOnlyList<ReferenceView> Citations { get; init; } = [];

    /// <summary>Publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Previous page in its sequence.</summary>
    public LinkView? Prev { get; init; }

    /// <summary>Next page in its sequence.</summary>
    public LinkView? Next { get; init; }

    /// <summary>Other front-matter fields (such as <c>sector</c> or <c>step</c>).</summary>
    public IReadOnlyDictionary<string, string> Meta { get; init; } = new Dictionary<string, string>();

    /// <summary>The section label search results can be filtered by, or null to leave the page unfiltered.</summary>
    public string? SearchFilter { get; init; }

    /// <summary>True on the home page.</summary>
    public bool IsHome { get; init; }
}
