namespace IbpPortal.Coherence;

/// <summary>Every coherence finding of a build, and the rules checked: the model behind the "Plan coherence" page and the pack's gaps section.</summary>
/// <param name="Rules">The rules of <c>coherence.yml</c>, in file order; empty without the file.</param>
/// <param name="Findings">Every finding, by organisation, rule line and first data line.</param>
public sealed record CoherenceReport(IReadOnlyList<CoherenceRule> Rules, IReadOnlyList<CoherenceFinding> Findings)
{
    /// <summary>The findings for one organisation, in the same order.</summary>
    public IReadOnlyList<CoherenceFinding> For(string org) => [.. Findings.Where(f => f.Org == org)];
}
