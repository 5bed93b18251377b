using IbpPortal.Model;

namespace IbpPortal.Sample;

/// <summary>One synthetic monthly series: actuals with trend, winter seasonality, noise, an occasional shift and outlier, and the smoother plan.</summary>
/// <param name="Actual">The actual figure for each month, unrounded.</param>
/// <param name="Plan">The planned figure for each month, unrounded.</param>
/// <param name="ShiftAt">The month index where the process level moved, when it did.</param>
internal sealed record SampleSeries(double[] Actual, double[] Plan, int? ShiftAt)
{
    private const double ShiftChance = 0.08;
    private const double OutlierChance = 0.008;

    /// <summary>Draws the series of <paramref name="metric"/> for <paramref name="org"/>.</summary>
    /// <param name="parent">For a metric that is part of another, that metric's series for the same organisation.</param>
    public static SampleSeries Draw(SampleMetric metric, SampleOrganisation org, Period first, int months, SampleRandom random, SampleSeries? parent)
    {
        var actual = new double[months];
        var plan = new double[months];
        var orgEffect = random.Gaussian();
        var planBias = random.Gaussian();
        int? shiftAt = months >= 12 && random.Chance(ShiftChance) ? random.Next(months / 2) + (months / 3) : null;
        var shiftSign = random.Chance(0.5) ? 1.0 : -1.0;
        for (var t = 0; t < months; t++)
        {
            var winter = Math.Cos(2 * Math.PI * (first.AddMonths(t).Month - 1) / 12.0);
            var noise = random.Gaussian();
            var outlier = random.Chance(OutlierChance) ? (random.Chance(0.5) ? 4.5 : -4.5) : 0.0;
            var shifted = shiftAt is { } s && t >= s ? 3.0 * shiftSign : 0.0;
            if (parent is not null)
            {
                var share = Math.Clamp(metric.Base * (1 + (0.05 * orgEffect)), 0.01, 0.98);
                actual[t] = Math.Min(parent.Actual[t], parent.Actual[t] * share * (1 + (metric.Noise * (noise + outlier + shifted))));
                plan[t] = parent.Plan[t] * Math.Min(0.99, share * (1 + (0.02 * planBias)));
            }
            else if (metric.Additive)
            {
                var expected = metric.Base + (metric.Noise * 2 * orgEffect) + (metric.Growth * t / 12.0) + (metric.Season * winter);
                actual[t] = expected + (metric.Noise * (noise + outlier + shifted));
                plan[t] = expected + (metric.Noise * 0.5 * planBias);
            }
            else
            {
                var expected = metric.Base * org.Scale * (1 + (0.1 * orgEffect)) * Math.Pow(1 + metric.Growth, t / 12.0) * (1 + (metric.Season * winter));
                actual[t] = expected * (1 + (metric.Noise * (noise + outlier + shifted)));
                plan[t] = expected * (1 + (0.02 * planBias));
            }

            actual[t] = Bound(metric, actual[t]);
            plan[t] = Bound(metric, plan[t]);
        }

        return new SampleSeries(actual, plan, shiftAt);
    }

    private static double Bound(SampleMetric metric, double value) => metric.Unit switch
    {
        Unit.Percent => Math.Clamp(value, 0, 100),
        _ when metric.AllowNegative => value,
        _ => Math.Max(0, value),
    };
}
