namespace IbpPortal.Markdown.Shortcodes.Callouts;

/// <summary><c>{{&lt; details summary="Question?" &gt;}}…{{&lt; /details &gt;}}</c>: NHS.UK details, content revealed on request.</summary>
public sealed class DetailsShortcode : IShortcode
{
    /// <inheritdoc />
    public string Name => "details";

    /// <inheritdoc />
    public ShortcodeKind Kind => ShortcodeKind.Paired;

    /// <inheritdoc />
    public IReadOnlyList<string> Required => ["summary"];

    /// <inheritdoc />
    public IReadOnlyList<string> Optional => [];

    /// <inheritdoc />
    public string? Render(ShortcodeCall call, ShortcodeContext context) =>
        "<details class=\"nhsuk-details\"><summary class=\"nhsuk-details__summary\"><span class=\"nhsuk-details__summary-text\">" +
        MarkdownRenderer.Encode(call.Get("summary") ?? string.Empty) + "</span></summary><div class=\"nhsuk-details__text\">\n";

    /// <inheritdoc />
    public string RenderClose(ShortcodeCall call) => "</div></details>\n";
}
