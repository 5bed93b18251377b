namespace IbpPortal.BoardPacks.Layout;

/// <summary>What a report says about itself: metadata, running header text and marking.</summary>
/// <param name="Title">Document title, shown by viewers in the title bar (e.g. "Integrated Performance Report — RXX, May 2025").</param>
/// <param name="ShortTitle">Left side of the running header (e.g. "Integrated Performance Report").</param>
/// <param name="HeaderRight">Right side of the running header: organisation and period.</param>
/// <param name="CreationDate">Creation and modification date written into the file; given by the caller so output is deterministic.</param>
public sealed record ReportInfo(string Title, string ShortTitle, string HeaderRight, DateTimeOffset CreationDate)
{
    /// <summary>Gets the document subject (description).</summary>
    public string Subject { get; init; } = "";

    /// <summary>Gets the author, e.g. the organisation's name.</summary>
    public string Author { get; init; } = "";

    /// <summary>Gets the keywords, separated by commas or semicolons.</summary>
    public string Keywords { get; init; } = "";

    /// <summary>Gets the protective marking shown in the header of every page, e.g. "OFFICIAL"; none when null.</summary>
    public string? Marking { get; init; }

    /// <summary>Gets the natural language of the text as a BCP 47 tag.</summary>
    /// <remarks>Defaults to "en-GB".</remarks>
    public string Language { get; init; } = "en-GB";
}
