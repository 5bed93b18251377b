namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Checks that a shortcode renderer was given its page before rendering.</summary>
internal static class ShortcodeContexts
{
    /// <summary>The context, or an exception saying how to give it: rendering without a page is a programming error.</summary>
    public static ShortcodeContext Required(ShortcodeContext? context) =>
        context ?? throw new InvalidOperationException("a shortcode was rendered without its page: call ShortcodeExtension.Bind on the renderer first");
}
