using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>The baseline and every projection for one organisation and metric.</summary>
/// <param name="Fit">How the series is carried forward; null when there were too few actuals (then there are no projections).
/// For a ratio metric projected from its parts, the fit of its denominator.</param>
/// <param name="FromParts">True when a ratio metric was projected from its projected numerator and denominator.</param>
/// <param name="Baseline">The baseline carried forward with no adjustment.</param>
/// <param name="Scenarios">One projection per scenario, in the order of <c>scenarios.yml</c>.</param>
public sealed record ProjectionSet(string Org, Metric Metric, Baseline? Fit, bool FromParts, Projection? Baseline, IReadOnlyList<Projection> Scenarios)
{
    /// <summary>No projection: too few actuals.</summary>
    public static ProjectionSet None(string org, Metric metric) => new(org, metric, null, false, null, []);

    /// <summary>The baseline followed by the scenarios.</summary>
    public IEnumerable<Projection> All => Baseline is null ? Scenarios : Scenarios.Prepend(Baseline);
}
