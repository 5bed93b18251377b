using IbpPortal.Diagnostics;

namespace IbpPortal.Model;

/// <summary>A data-quality rating of one organisation's measure (a "kitemark"), from <c>quality.csv</c>.</summary>
/// <param name="Timeliness">Is the data available when the board needs it: <c>good</c>, <c>fair</c> or <c>poor</c>.</param>
/// <param name="Completeness">Are all expected records present: likewise.</param>
/// <param name="Validation">Has the data been checked against source: likewise.</param>
/// <param name="Process">Is the data collected by a documented, audited process: likewise.</param>
/// <param name="Verdict">One word for the whole: <c>assured</c>, <c>reasonable</c>, <c>limited</c> or <c>unassured</c>.</param>
public sealed record QualityRating(
    string Org,
    string Metric,
    string Timeliness,
    string Completeness,
    string Validation,
    string Process,
    string Verdict,
    SourceLocation Source)
{
    /// <summary>The words a dimension may take.</summary>
    public static readonly IReadOnlyList<string> DimensionWords = ["good", "fair", "poor"];

    /// <summary>The words the verdict may take.</summary>
    public static readonly IReadOnlyList<string> VerdictWords = ["assured", "reasonable", "limited", "unassured"];

    /// <summary>"Reasonable (timeliness good, completeness good, validation fair, process poor)".</summary>
    public string Summary =>
        $"{char.ToUpperInvariant(Verdict[0])}{Verdict[1..]} (timeliness {Timeliness}, completeness {Completeness}, validation {Validation}, process {Process})";
}
