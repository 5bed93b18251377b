using IbpPortal.Provenance;

namespace IbpPortal.Analyse;

/// <summary>What the Analyse stage hands to planning: the plan data's analysis (when there is plan data) and the data's fingerprint, computed once.</summary>
/// <param name="Data">Everything worked out from the plan data; null for a content-only portal.</param>
/// <param name="Fingerprint">The SHA-256 of each file of <c>data/</c> and of them all (<see cref="DataFingerprint.None"/> without data).</param>
public sealed record SiteAnalysis(DataAnalysis? Data, DataFingerprint Fingerprint)
{
    /// <summary>The analysis of a portal without plan data.</summary>
    public static SiteAnalysis ContentOnly { get; } = new(null, DataFingerprint.None);
}
