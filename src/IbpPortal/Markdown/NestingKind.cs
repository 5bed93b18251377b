namespace IbpPortal.Markdown;

/// <summary>Which kind of markdown nesting went too deep.</summary>
public enum NestingKind
{
    /// <summary>Blockquotes and lists.</summary>
    Block,

    /// <summary>Emphasis delimiters and link brackets.</summary>
    Inline,
}
