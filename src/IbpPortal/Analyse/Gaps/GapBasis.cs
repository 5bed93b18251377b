namespace IbpPortal.Analyse.Gaps;

/// <summary>How the two figures of a gap were formed from monthly values.</summary>
public enum GapBasis
{
    /// <summary>Single month's values.</summary>
    Month,

    /// <summary>Sum of the months (counts and money that add up).</summary>
    Sum,

    /// <summary>Mean of the monthly values (rates, averages, and ratios given without their counts).</summary>
    Mean,

    /// <summary>Summed numerator over summed denominator (ratio metrics with their counts).</summary>
    RatioOfSums,
}
