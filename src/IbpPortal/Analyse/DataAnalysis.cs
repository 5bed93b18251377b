using IbpPortal.Analyse.Planning;
using IbpPortal.Coherence;
using IbpPortal.Editions;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Analyse;

/// <summary>The plan data's analysis as one immutable model: SPC, benchmarks, gaps, scenarios and exceptions (<see cref="Model"/>), with provenance, coherence and editions.</summary>
/// <param name="Model">SPC, benchmarks, gaps, scenarios and scorecards by organisation and metric.</param>
/// <param name="Provenance">Where every figure came from (file, line, derivation and declared source).</param>
/// <param name="Coherence">The plans checked against <c>data/coherence.yml</c>.</param>
/// <param name="Edition">This edition's record.</param>
/// <param name="Changes">This edition compared with the previous one (empty when there is none).</param>
/// <param name="Packs">The organisations whose board packs this build writes (by <c>packs</c> in <c>portal.yml</c> or <c>--packs</c>).</param>
public sealed record DataAnalysis(
    AnalysisModel Model,
    ProvenanceIndex Provenance,
    CoherenceReport Coherence,
    EditionRecord Edition,
    EditionComparison Changes,
    IReadOnlyList<Organisation> Packs)
{
    /// <summary>Plan credibility and each ICB's gap split among its trusts (issue #22).</summary>
    public PlanningResults Planning { get; init; } = PlanningResults.Empty;

    /// <summary>The promised recoveries as they stand at this edition (also in <see cref="EditionRecord.Promises"/>).</summary>
    public IReadOnlyList<Promise> Promises => Edition.Promises;
}
