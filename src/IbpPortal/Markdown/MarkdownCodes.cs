namespace IbpPortal.Markdown;

/// <summary>Diagnostic codes for links in markdown.</summary>
public static class MarkdownCodes
{
    /// <summary>A link with a scheme that could run script or embed data (<c>javascript:</c>, <c>data:</c>).</summary>
    public const string UnsafeLink = "IBP1114";
}
