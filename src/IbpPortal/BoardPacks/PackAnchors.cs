namespace IbpPortal.BoardPacks;

/// <summary>Anchors of the pack's sections, for links between them.</summary>
internal static class PackAnchors
{
    public const string Summary = "summary";
    public const string Scorecard = "scorecard";
    public const string Gaps = "gaps";
    public const string Methodology = "methodology";
    public const string Sources = "sources";

    public const string Matrix = "matrix";
    public const string Exceptions = "exceptions";

    /// <summary>The anchor of a measure's chart in its domain section.</summary>
    public static string Measure(string metric) => "measure-" + metric;

    /// <summary>The anchor of a measure's exception report.</summary>
    public static string Exception(string metric) => "exception-" + metric;

    /// <summary>The anchor of a domain's section.</summary>
    public static string Domain(Model.Domain domain) => "domain-" + domain.ToString().ToLowerInvariant();
}
