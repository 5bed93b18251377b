namespace IbpPortal.Markdown.Shortcodes.Callouts;

/// <summary><c>{{&lt; warning title="Important" &gt;}}…{{&lt; /warning &gt;}}</c>: NHS.UK warning callout.</summary>
public sealed class WarningShortcode : IShortcode
{
    /// <inheritdoc />
    public string Name => "warning";

    /// <inheritdoc />
    public ShortcodeKind Kind => ShortcodeKind.Paired;

    /// <inheritdoc />
    public IReadOnlyList<string> Required => [];

    /// <inheritdoc />
    public IReadOnlyList<string> Optional => ["title"];

    /// <inheritdoc />
    public string? Render(ShortcodeCall call, ShortcodeContext context)
    {
        var title = MarkdownRenderer.Encode(call.Get("title") ?? "Important");
        return "<div class=\"nhsuk-card nhsuk-card--warning\"><div class=\"nhsuk-card__content\">" +
               $"<h3 class=\"nhsuk-card__heading\"><span><span class=\"nhsuk-u-visually-hidden\">Important: </span>{title}</span></h3>\n";
    }

    /// <inheritdoc />
    public string RenderClose(ShortcodeCall call) => "</div></div>\n";
}
