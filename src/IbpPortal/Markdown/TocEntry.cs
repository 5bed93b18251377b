namespace IbpPortal.Markdown;

/// <summary>A second-level heading of a page, for its on-page contents list.</summary>
public sealed record TocEntry(string Id, string Title);
