using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>Where a series is now and how it is carried forward with no scenario adjustment.</summary>
/// <param name="Latest">The latest actual month, from which every projection starts.</param>
/// <param name="LatestValue">The actual figure in that month.</param>
/// <param name="Method">Seasonal shape scaled to the recent level, or a flat recent level.</param>
/// <param name="Additive">True when the scaling adds differences instead of multiplying (a series with a zero or negative month).</param>
/// <param name="Shape">The baseline for the 12 months after <paramref name="Latest"/>, before any trend; repeats every year.</param>
/// <param name="AnnualTrend">The year-on-year change the data support (a fraction, or a difference a year when additive); null when they do not.</param>
public sealed record Baseline(
    Period Latest,
    double LatestValue,
    BaselineMethod Method,
    bool Additive,
    IReadOnlyList<double> Shape,
    double? AnnualTrend)
{
    /// <summary>Monthly damping of a supported trend: the trend's effect in month k is φ^k of a full month's.</summary>
    public const double Damping = 0.9;

    /// <summary>The baseline t months after the latest actual (t ≥ 1).</summary>
    public double At(int t)
    {
        var seasonal = Shape[(t - 1) % Shape.Count];
        if (AnnualTrend is not { } trend)
        {
            return seasonal;
        }

        var months = DampedMonths(t);
        return Additive ? seasonal + (trend * months / 12.0) : seasonal * Math.Pow(1 + trend, months / 12.0);
    }

    /// <summary>φ + φ² + … + φ^t: the months of trend a damped trend has accumulated after t months.</summary>
    public static double DampedMonths(int t) => Damping * (1 - Math.Pow(Damping, t)) / (1 - Damping);
}
