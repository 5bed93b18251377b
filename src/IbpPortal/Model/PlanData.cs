namespace IbpPortal.Model;

/// <summary>Everything loaded from <c>data/</c>, as written there; derived figures come later, in Analyse.</summary>
public sealed record PlanData(
    IReadOnlyList<Organisation> Organisations,
    IReadOnlyList<Metric> Metrics,
    IReadOnlyList<Observation> Actuals,
    IReadOnlyList<Observation> Plans,
    IReadOnlyList<Observation> Targets,
    IReadOnlyList<Scenario> Scenarios,
    IReadOnlyList<Rebase> Rebases,
    IReadOnlyList<QualityRating>? Quality = null)
{
    /// <summary>The data-quality ratings of <c>quality.csv</c>; empty when the file is absent.</summary>
    public IReadOnlyList<QualityRating> QualityRatings => Quality ?? [];

    /// <summary>England's providers that the portal does not publish but benchmarks against (<c>context-organisations.csv</c>).</summary>
    public IReadOnlyList<ContextOrganisation> ContextOrganisations { get; init; } = [];

    /// <summary>The context providers' figures (<c>context-actuals.csv</c>), written by <c>ibp import</c>.</summary>
    public IReadOnlyList<Observation> ContextActuals { get; init; } = [];

    /// <summary>No data at all: a portal of content only.</summary>
    public static PlanData Empty { get; } = new([], [], [], [], [], [], []);
}
