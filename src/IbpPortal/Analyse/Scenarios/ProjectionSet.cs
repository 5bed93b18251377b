using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>The trend and every projection for one organisation and metric.</summary>
/// <param name="Trend">The fitted line; null when there were too few actuals to fit one (then there are no projections).</param>
/// <param name="Baseline">The current trend carried forward with no adjustment.</param>
/// <param name="Scenarios">One projection per scenario, in the order of <c>scenarios.yml</c>.</param>
public sealed record ProjectionSet(string Org, Metric Metric, TrendLine? Trend, Projection? Baseline, IReadOnlyList<Projection> Scenarios)
{
    /// <summary>No projection: too few actuals.</summary>
    public static ProjectionSet None(string org, Metric metric) => new(org, metric, null, null, []);

    /// <summary>The baseline followed by the scenarios.</summary>
    public IEnumerable<Projection> All => Baseline is null ? Scenarios : Scenarios.Prepend(Baseline);
}
