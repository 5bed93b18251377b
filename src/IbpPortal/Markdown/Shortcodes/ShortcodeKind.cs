namespace IbpPortal.Markdown.Shortcodes;

/// <summary>Where a shortcode may stand and whether it wraps content.</summary>
public enum ShortcodeKind
{
    /// <summary>Inside a sentence, such as a KPI figure.</summary>
    Inline,

    /// <summary>On a line of its own, such as a chart.</summary>
    Block,

    /// <summary>Opening and closing lines that wrap markdown, such as a callout.</summary>
    Paired,
}
