namespace IbpPortal.Markdown.Shortcodes;

/// <summary>A shortcode that comms can use in markdown; each renders itself to HTML.</summary>
public interface IShortcode
{
    /// <summary>The name written in markdown.</summary>
    string Name { get; }

    /// <summary>Where it may stand.</summary>
    ShortcodeKind Kind { get; }

    /// <summary>Arguments that must be given.</summary>
    IReadOnlyList<string> Required { get; }

    /// <summary>Arguments that may be given.</summary>
    IReadOnlyList<string> Optional { get; }

    /// <summary>HTML for the shortcode (for a paired one, its opening); null after reporting a problem to <paramref name="context"/>.</summary>
    string? Render(ShortcodeCall call, ShortcodeContext context);

    /// <summary>HTML that closes a paired shortcode.</summary>
    string RenderClose(ShortcodeCall call) => string.Empty;
}
