using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Where one organisation stands among a scope of England's providers (benchmarking scope <c>england</c>).</summary>
/// <param name="Scope">Who is compared, as readers see it, such as "acute trusts in England".</param>
/// <param name="Count">Providers in the scope with a figure that period.</param>
/// <param name="Rank">1 = best; null when withheld (a volume measure, fewer than 5 providers, or no figure for the organisation).</param>
public sealed record EnglandComparison(
    string Scope,
    Period Period,
    int Count,
    int? Rank,
    double? Median,
    double? LowerQuartile,
    double? UpperQuartile,
    DataValue Value)
{
    /// <summary>1 = best quarter of the scope (QUARTILE.INC cut points); null when the rank is withheld.</summary>
    public int? Quartile { get; init; }

    /// <summary>"34 of 121 acute trusts in England, Jun 2025" for a scorecard line, with the month it is of; null when the rank is withheld.</summary>
    public string? Placing(MetricFrequency frequency) => Rank is { } rank
        ? string.Create(CultureInfo.InvariantCulture, $"{rank} of {Count} {Scope}, {Period.ToDisplay(frequency)}")
        : null;

    /// <summary>"rank 34 of 121 acute trusts in England", or "121 acute trusts in England" when the rank is withheld.</summary>
    public string Sentence => Rank is { } rank
        ? string.Create(CultureInfo.InvariantCulture, $"rank {rank} of {Count} {Scope}")
        : string.Create(CultureInfo.InvariantCulture, $"{Count} {Scope}");
}
