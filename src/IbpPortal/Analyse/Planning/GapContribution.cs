using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>Who drives an ICB's gap on one measure in one month: each member trust's contribution, largest first.</summary>
/// <param name="Ratio">True for a ratio measure (numerator shortfall at the target rate), false for a count (share of the change).</param>
/// <param name="Target">The target rate in force for the ICB (ratio), or null (count).</param>
/// <param name="NetGap">The ICB's gap: the sum of every trust's contribution (offsets included).</param>
/// <param name="GrossGap">The sum of the positive contributions: what the trusts short of the target add up to.</param>
/// <param name="Trusts">Every trust with figures, largest contribution first (code order on a tie).</param>
/// <param name="TrustsFor80">The fewest trusts whose contributions make at least 80% of the gross gap; 0 when there is no gap.</param>
/// <param name="Headline">"3 of 6 trusts account for 80% of the gap …", with the numbers.</param>
public sealed record GapContribution(
    string Metric,
    Period Period,
    bool Ratio,
    double? Target,
    double NetGap,
    double GrossGap,
    IReadOnlyList<TrustContribution> Trusts,
    int TrustsFor80,
    string Headline,
    string UnitLabel);
