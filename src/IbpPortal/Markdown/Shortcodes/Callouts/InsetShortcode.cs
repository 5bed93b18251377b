namespace IbpPortal.Markdown.Shortcodes.Callouts;

/// <summary><c>{{&lt; inset &gt;}}…{{&lt; /inset &gt;}}</c>: NHS.UK inset text, for information that stands out from the page.</summary>
public sealed class InsetShortcode : IShortcode
{
    /// <inheritdoc />
    public string Name => "inset";

    /// <inheritdoc />
    public ShortcodeKind Kind => ShortcodeKind.Paired;

    /// <inheritdoc />
    public IReadOnlyList<string> Required => [];

    /// <inheritdoc />
    public IReadOnlyList<string> Optional => [];

    /// <inheritdoc />
    public string? Render(ShortcodeCall call, ShortcodeContext context) =>
        "<div class=\"nhsuk-inset-text\"><span class=\"nhsuk-u-visually-hidden\">Information: </span>\n";

    /// <inheritdoc />
    public string RenderClose(ShortcodeCall call) => "</div>\n";
}
