namespace IbpPortal.Analyse.Spc;

/// <summary>The centre line, average moving range and process limits of one segment.</summary>
/// <remarks>
/// Moving ranges are taken between consecutive values: a month without a value is skipped, so a moving
/// range can span it. With one value there is a mean and nothing else; with none, nothing at all.
/// </remarks>
internal readonly record struct XmrLimits(double? Mean, double? AverageMovingRange, double? Upl, double? Lpl)
{
    /// <summary>Distance of the process limits from the mean, in average moving ranges (3 / d2, d2 = 1.128).</summary>
    public const double LimitFactor = 2.66;

    /// <summary>A moving range at or above this many average moving ranges is screened out (D4 = 3.267).</summary>
    public const double ScreeningFactor = 3.267;

    /// <summary>The inner third boundary: two-thirds of the way from the mean to a limit.</summary>
    public const double CloseFactor = 2.0 * LimitFactor / 3.0;

    /// <summary>True when there are limits (two or more values).</summary>
    public bool HasLimits => Upl.HasValue;

    /// <summary>Computes the limits of one segment's values, screening outlying moving ranges when asked.</summary>
    public static XmrLimits From(IReadOnlyList<double> values, bool screenMovingRanges)
    {
        if (values.Count == 0)
        {
            return default;
        }

        var mean = Average(values);
        if (values.Count == 1)
        {
            return new XmrLimits(mean, null, null, null);
        }

        var movingRanges = new double[values.Count - 1];
        for (var i = 1; i < values.Count; i++)
        {
            movingRanges[i - 1] = Math.Abs(values[i] - values[i - 1]);
        }

        var amr = Average(movingRanges);

        // With AMR 0 every moving range is 0 and none is an outlier; screening "mR < 0" would drop them
        // all and leave no average, so there is nothing to screen.
        if (screenMovingRanges && amr > 0)
        {
            var cutOff = ScreeningFactor * amr;
            var kept = new List<double>(movingRanges.Length);
            foreach (var mr in movingRanges)
            {
                if (mr < cutOff)
                {
                    kept.Add(mr);
                }
            }

            if (kept.Count > 0)
            {
                amr = Average(kept);
            }
        }

        return new XmrLimits(mean, amr, mean + (LimitFactor * amr), mean - (LimitFactor * amr));
    }

    private static double Average(IReadOnlyList<double> numbers)
    {
        var sum = 0.0;
        for (var i = 0; i < numbers.Count; i++)
        {
            sum += numbers[i];
        }

        return sum / numbers.Count;
    }
}
