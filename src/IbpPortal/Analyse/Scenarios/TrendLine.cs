using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>The ordinary least squares straight line fitted to the latest months of actuals.</summary>
/// <param name="From">First month of the fitting window.</param>
/// <param name="To">Last month of the window: the latest actual, from which projections start.</param>
/// <param name="PointsUsed">Months in the window that had a value.</param>
/// <param name="SlopePerMonth">Change per month, in the metric's unit.</param>
/// <param name="LevelAtEnd">The line's value at <paramref name="To"/>.</param>
public sealed record TrendLine(Period From, Period To, int PointsUsed, double SlopePerMonth, double LevelAtEnd)
{
    /// <summary>The line's value in any month.</summary>
    public double At(Period period) => LevelAtEnd + (SlopePerMonth * period.MonthsSince(To));

    /// <summary>Fits y = a + b·x by least squares to (month offset, value) points; null with fewer than two distinct months.</summary>
    internal static TrendLine? Fit(Period from, Period to, IReadOnlyList<(int X, double Y)> points)
    {
        if (points.Count < 2)
        {
            return null;
        }

        var meanX = points.Average(p => (double)p.X);
        var meanY = points.Average(p => p.Y);
        var sxy = 0.0;
        var sxx = 0.0;
        foreach (var (x, y) in points)
        {
            sxy += (x - meanX) * (y - meanY);
            sxx += (x - meanX) * (x - meanX);
        }

        if (sxx == 0)
        {
            return null;
        }

        var slope = sxy / sxx;
        var intercept = meanY - (slope * meanX);
        return new TrendLine(from, to, points.Count, slope, intercept + (slope * to.MonthsSince(from)));
    }
}
