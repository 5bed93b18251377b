using IbpPortal.Content;

namespace IbpPortal.BoardPacks;

/// <summary>What an organisation writes about one exception: owner, expected recovery, actions and risks, and any further text.</summary>
/// <param name="Measure">The metric id (the file's name).</param>
/// <param name="Owner">Who owns the recovery (front matter <c>owner</c>).</param>
/// <param name="Recovery">When the measure is expected to recover (front matter <c>recovery</c>, e.g. "September 2019").</param>
/// <param name="Actions">The actions, one a line (front matter <c>actions</c>, a list).</param>
/// <param name="Risks">The risks to recovery (front matter <c>risks</c>, a list).</param>
/// <param name="Body">The markdown after the front matter.</param>
internal sealed record ExceptionNarrative(
    string Measure,
    string? Owner,
    string? Recovery,
    IReadOnlyList<string> Actions,
    IReadOnlyList<string> Risks,
    string Body)
{
    /// <summary>Reads a narrative's fields from its commentary document.</summary>
    public static ExceptionNarrative From(CommentaryDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var meta = document.Page.Meta;
        return new ExceptionNarrative(
            document.Measure ?? string.Empty,
            Blank(meta.Get("owner")),
            Blank(meta.Get("recovery")),
            Lines(meta.Get("actions")),
            Lines(meta.Get("risks")),
            document.Page.Body);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static List<string> Lines(string? text) => text is null ? []
        : [.. text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
