namespace IbpPortal.BoardPacks;

/// <summary>Anchors of the pack's sections, for links between them.</summary>
internal static class PackAnchors
{
    public const string Summary = "summary";
    public const string Scorecard = "scorecard";
    public const string Gaps = "gaps";
    public const string Methodology = "methodology";
    public const string Sources = "sources";

    /// <summary>The anchor of a domain's section.</summary>
    public static string Domain(Model.Domain domain) => "domain-" + domain.ToString().ToLowerInvariant();
}
