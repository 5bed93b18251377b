namespace IbpPortal.Markdown.Shortcodes;

/// <summary>One use of a shortcode in markdown, such as <c>{{&lt; kpi org="RJ1" metric="ae_4hr" &gt;}}</c>.</summary>
/// <param name="Line">Zero-based line within the page body.</param>
/// <param name="Column">Zero-based column within that line.</param>
public sealed record ShortcodeCall(string Name, IReadOnlyDictionary<string, string> Arguments, bool IsClosing, int Line, int Column)
{
    /// <summary>An argument's value, or null.</summary>
    public string? Get(string key) => Arguments.TryGetValue(key, out var value) ? value : null;
}
