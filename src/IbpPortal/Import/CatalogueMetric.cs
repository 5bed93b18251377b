using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>A measure as <c>metrics.csv</c> defines it, for the default catalogue and <c>--add-metrics</c>.</summary>
/// <param name="Numerator">For a ratio measure, the count on top; null otherwise.</param>
/// <param name="Target">The national standard, when there is one.</param>
public sealed record CatalogueMetric(
    string Id,
    string Name,
    Domain Domain,
    Unit Unit,
    Improvement Improvement,
    int Decimals,
    double? Target,
    string? Numerator,
    string? Denominator,
    AggregateRule Aggregate,
    string Description,
    MetricFrequency Frequency = MetricFrequency.Monthly)
{
    /// <summary>A count measure that ICB figures sum.</summary>
    public static CatalogueMetric Count(string id, string name, Domain domain, Improvement improvement, string description, MetricFrequency frequency = MetricFrequency.Monthly) =>
        new(id, name, domain, Unit.Count, improvement, 0, null, null, null, AggregateRule.Sum, description, frequency);

    /// <summary>A percentage worked out as numerator ÷ denominator × 100 (ICBs: the ratio of sums).</summary>
    public static CatalogueMetric Percent(string id, string name, Domain domain, Improvement improvement, double? target, string numerator, string denominator, string description, MetricFrequency frequency = MetricFrequency.Monthly) =>
        new(id, name, domain, Unit.Percent, improvement, 1, target, numerator, denominator, AggregateRule.None, description, frequency);
}
