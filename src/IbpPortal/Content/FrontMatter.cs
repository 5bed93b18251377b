namespace IbpPortal.Content;

/// <summary>The YAML block at the top of a markdown file, typed.</summary>
/// <param name="Extra">Other keys (for example a case study's <c>sector</c> or a step's <c>step</c>), as text.</param>
public sealed record FrontMatter(
    string Title,
    string? Description,
    string? Layout,
    IReadOnlyList<string> Tags,
    DateOnly? Date,
    double? Order,
    bool Draft,
    Visibility Visibility,
    string? Slug,
    IReadOnlyDictionary<string, string> Extra)
{
    /// <summary>An extra key's value, or null.</summary>
    public string? Get(string key) => Extra.TryGetValue(key, out var value) ? value : null;
}
