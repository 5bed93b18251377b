using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>Works out a series' baseline: its recent level with its seasonal shape, and a trend only where the data support it.</summary>
/// <remarks>
/// <para>L is the latest month with a figure at or before the reporting period. M(Q) is the mean of the 12 months
/// ending with Q. With every month from L − 22 to L, month L + k (k = 1 … 12) is the same month last year,
/// Q = L + k − 12, scaled to the recent level: x(Q) × M(L) ÷ M(Q). Otherwise, with at least
/// <see cref="MinimumPoints"/> figures in the latest 12 months, it is flat at the mean of the latest three figures.</para>
/// <para>A trend is used only with every month from L − 23 to L and when at least 10 of the 12 year-on-year changes
/// x(L − i) − x(L − i − 12) have the same sign (a sign test, two-sided p = 0.039). It is M(L) ÷ M(L − 12) − 1 a year,
/// damped by <see cref="Baseline.Damping"/> a month. A series with a zero or negative figure in those months is
/// scaled and trended by differences instead of ratios.</para>
/// </remarks>
internal static class BaselineFitter
{
    /// <summary>Fewest figures in the latest 12 months for any projection.</summary>
    public const int MinimumPoints = 6;

    /// <summary>Fewest year-on-year changes of one sign, of 12, for a trend.</summary>
    public const int TrendAgreement = 10;

    /// <summary>The baseline, or null with too few figures.</summary>
    public static Baseline? Fit(MonthlySeries actual, Period reportingPeriod)
    {
        if (actual.LatestValue(reportingPeriod) is not { } latest)
        {
            return null;
        }

        var l = latest.Period;
        var recent = Figures(actual, l.AddMonths(-11), l);
        if (recent.Count < MinimumPoints)
        {
            return null;
        }

        var history = Values(actual, l.AddMonths(-23), l);
        if (Complete(history, 1))
        {
            return Seasonal(latest, history);
        }

        var level = recent.TakeLast(3).Average();
        return new Baseline(l, latest.Value.Number, BaselineMethod.Flat, false, [level], null);
    }

    private static Baseline Seasonal(SeriesPoint latest, double?[] x)
    {
        // x[0] is L − 23 and x[23] is L; history for the trend needs x[0], the seasonal shape only x[1].
        var additive = false;
        for (var i = 1; i < x.Length; i++)
        {
            additive |= x[i] <= 0;
        }

        var mL = Mean(x, 23);
        var shape = new double[12];
        for (var k = 1; k <= 12; k++)
        {
            var q = 11 + k;
            var value = x[q]!.Value;
            var mQ = Mean(x, q);
            shape[k - 1] = additive ? value + (mL - mQ) : value * mL / mQ;
        }

        return new Baseline(latest.Period, latest.Value.Number, BaselineMethod.SeasonalScaled, additive, shape, Trend(x, additive));
    }

    private static double? Trend(double?[] x, bool additive)
    {
        if (!Complete(x, 0))
        {
            return null;
        }

        var rises = 0;
        var falls = 0;
        for (var i = 12; i < 24; i++)
        {
            var change = x[i]!.Value - x[i - 12]!.Value;
            rises += change > 0 ? 1 : 0;
            falls += change < 0 ? 1 : 0;
        }

        if (Math.Max(rises, falls) < TrendAgreement)
        {
            return null;
        }

        var now = Mean(x, 23);
        var yearAgo = Mean(x, 11);
        if (additive)
        {
            return now - yearAgo;
        }

        return yearAgo > 0 ? (now / yearAgo) - 1 : null;
    }

    /// <summary>The mean of the 12 months ending at index <paramref name="end"/>.</summary>
    private static double Mean(double?[] x, int end)
    {
        var sum = 0.0;
        for (var i = end - 11; i <= end; i++)
        {
            sum += x[i]!.Value;
        }

        return sum / 12.0;
    }

    private static bool Complete(double?[] x, int from)
    {
        for (var i = from; i < x.Length; i++)
        {
            if (!x[i].HasValue)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every month from <paramref name="from"/> to <paramref name="to"/>: its figure, or null.</summary>
    private static double?[] Values(MonthlySeries series, Period from, Period to)
    {
        var values = new double?[to.MonthsSince(from) + 1];
        for (var i = 0; i < values.Length; i++)
        {
            var value = series.At(from.AddMonths(i));
            values[i] = value.HasValue ? value.Number : null;
        }

        return values;
    }

    /// <summary>The figures from <paramref name="from"/> to <paramref name="to"/>, months without one left out.</summary>
    private static List<double> Figures(MonthlySeries series, Period from, Period to)
    {
        var figures = new List<double>(to.MonthsSince(from) + 1);
        for (var p = from; p <= to; p = p.AddMonths(1))
        {
            var value = series.At(p);
            if (value.HasValue)
            {
                figures.Add(value.Number);
            }
        }

        return figures;
    }
}
