namespace IbpPortal.Analyse.Planning;

/// <summary>The planning intelligence of a build: plan credibility for every organisation's measure and each ICB's gap split among its trusts.</summary>
/// <remarks>Promises kept are not here: they are checked against the edition record (see the Editions stage).</remarks>
public sealed class PlanningResults
{
    private readonly IReadOnlyDictionary<OrgMetricKey, MeasureCredibility> credibility;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<GapContribution>> contributions;

    internal PlanningResults(IReadOnlyDictionary<OrgMetricKey, MeasureCredibility> credibility, IReadOnlyDictionary<string, IReadOnlyList<GapContribution>> contributions)
    {
        this.credibility = credibility;
        this.contributions = contributions;
    }

    /// <summary>No results, for a build without plan data.</summary>
    public static PlanningResults Empty { get; } = new(new Dictionary<OrgMetricKey, MeasureCredibility>(), new Dictionary<string, IReadOnlyList<GapContribution>>());

    /// <summary>The credibility of an organisation's plan for a measure; null when it has no plan or trajectory after its latest actual, or no usable process limits.</summary>
    public MeasureCredibility? Credibility(string org, string metric) => credibility.GetValueOrDefault(new OrgMetricKey(org, metric));

    /// <summary>Every judged measure of an organisation, in the order of <paramref name="metrics"/>.</summary>
    public IReadOnlyList<MeasureCredibility> CredibilityOf(string org, IEnumerable<string> metrics) =>
        [.. metrics.Select(m => Credibility(org, m)).OfType<MeasureCredibility>()];

    /// <summary>An ICB's gap contributions, one per measure with a target, in metric order; empty for a trust.</summary>
    public IReadOnlyList<GapContribution> Contributions(string icb) => contributions.GetValueOrDefault(icb) ?? [];
}
