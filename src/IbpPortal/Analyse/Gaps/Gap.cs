using IbpPortal.Model;

namespace IbpPortal.Analyse.Gaps;

/// <summary>The difference between an actual (or projected) figure and what it is compared with.</summary>
/// <param name="From">First month covered; equal to <paramref name="To"/> for a single month.</param>
/// <param name="To">Last month covered.</param>
/// <param name="Actual">The actual figure (capacity, for a demand and capacity gap; the projection, for a projected gap).</param>
/// <param name="Comparator">Plan, target or demand.</param>
/// <param name="Size">Actual − comparator, in the metric's unit (percentage points for a percent).</param>
/// <param name="Percent">Size as a percentage of the comparator's magnitude; null when the comparator is zero.</param>
public sealed record Gap(
    GapKind Kind,
    GapBasis Basis,
    Period From,
    Period To,
    double Actual,
    double Comparator,
    double Size,
    double? Percent,
    GapDirection Direction)
{
    /// <summary>Builds a gap, working out size, percentage and direction.</summary>
    /// <param name="higherIsBetter">True when a positive size is favourable, false when negative is, null for no judgement.</param>
    internal static Gap Create(GapKind kind, GapBasis basis, Period from, Period to, double actual, double comparator, bool? higherIsBetter)
    {
        var size = actual - comparator;
        double? percent = comparator == 0 ? null : size / Math.Abs(comparator) * 100.0;
        var direction = higherIsBetter is not { } up || size == 0
            ? GapDirection.None
            : (size > 0) == up ? GapDirection.Favourable : GapDirection.Adverse;
        return new Gap(kind, basis, from, to, actual, comparator, size, percent, direction);
    }

    /// <summary>The "higher is better" flag for a metric's improvement direction.</summary>
    internal static bool? HigherIsBetter(Improvement improvement) => improvement switch
    {
        Improvement.Increase => true,
        Improvement.Decrease => false,
        _ => null,
    };
}
