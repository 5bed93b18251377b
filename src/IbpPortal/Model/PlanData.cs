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

    /// <summary>No data at all: a portal of content only.</summary>
    public static PlanData Empty { get; } = new([], [], [], [], [], [], []);
}
