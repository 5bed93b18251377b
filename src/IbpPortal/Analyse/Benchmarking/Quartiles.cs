namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Quantiles by the inclusive method, as Excel's <c>QUARTILE.INC</c> and <c>PERCENTILE.INC</c> compute them.</summary>
public static class Quartiles
{
    /// <summary>The <paramref name="p"/> quantile (0 to 1) of values already sorted ascending; NaN for no values.</summary>
    /// <remarks>Position h = (n − 1) × p from the smallest value (zero-based); the result interpolates linearly
    /// between the values either side of h. p = 0.25, 0.5 and 0.75 give the lower quartile, median and upper quartile.</remarks>
    public static double Inclusive(IReadOnlyList<double> sortedAscending, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1.0);
        if (sortedAscending.Count == 0)
        {
            return double.NaN;
        }

        var h = (sortedAscending.Count - 1) * p;
        var below = (int)Math.Floor(h);
        var above = Math.Min(below + 1, sortedAscending.Count - 1);
        return sortedAscending[below] + ((h - below) * (sortedAscending[above] - sortedAscending[below]));
    }

    /// <summary>The median of values already sorted ascending; NaN for no values.</summary>
    public static double Median(IReadOnlyList<double> sortedAscending) => Inclusive(sortedAscending, 0.5);
}
