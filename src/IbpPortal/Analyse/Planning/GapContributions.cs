using System.Globalization;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>Splits an ICB's gap on a measure among its member trusts (pure).</summary>
/// <remarks>
/// <list type="bullet">
/// <item>Ratio measure with a target rate t (a percentage is divided by 100): a trust's contribution is its shortfall in the numerator at
/// the target rate, t × denominator − numerator for an <c>increase</c> measure (numerator − t × denominator for <c>decrease</c>). The
/// contributions add up to the ICB's own gap, since the ICB figure is the ratio of the sums.</item>
/// <item>Count measure: a trust's contribution is its change between two months in the adverse direction (a rise for a <c>decrease</c>
/// measure, a fall for an <c>increase</c> one); they add up to the ICB's change.</item>
/// </list>
/// Shares are of the gross gap (the positive contributions only), so trusts that do better than the target offset the gap but hold no share of it.
/// </remarks>
public static class GapContributions
{
    /// <summary>The share of the gap the headline counts trusts up to.</summary>
    public const double HeadlineShare = 0.8;

    /// <summary>Contributions to a ratio measure's gap against <paramref name="target"/> (in the metric's unit: 78 for 78%).</summary>
    public static GapContribution ForRatio(Metric metric, Period period, double target, IEnumerable<(string Code, string Name, double Numerator, double Denominator)> trusts, string unitLabel)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(trusts);
        var rate = metric.Unit == Unit.Percent ? target / 100 : target;
        var sign = PlanCredibility.Sign(metric.Improvement);
        var raw = trusts.Select(t => (t.Code, t.Name, Value: sign * ((rate * t.Denominator) - t.Numerator))).ToList();
        return Build(metric, period, ratio: true, target, raw, unitLabel);
    }

    /// <summary>Contributions to a count measure's change from <c>Before</c> to <c>Now</c> in the adverse direction.</summary>
    public static GapContribution ForCount(Metric metric, Period period, IEnumerable<(string Code, string Name, double Now, double Before)> trusts, string unitLabel)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(trusts);
        var sign = PlanCredibility.Sign(metric.Improvement);
        var raw = trusts.Select(t => (t.Code, t.Name, Value: -sign * (t.Now - t.Before))).ToList();
        return Build(metric, period, ratio: false, null, raw, unitLabel);
    }

    private static GapContribution Build(Metric metric, Period period, bool ratio, double? target, List<(string Code, string Name, double Value)> raw, string unitLabel)
    {
        var net = raw.Sum(r => r.Value);
        var gross = raw.Where(r => r.Value > 0).Sum(r => r.Value);
        var ordered = raw.OrderByDescending(r => r.Value).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        var trusts = new List<TrustContribution>();
        var cumulative = 0.0;
        var for80 = 0;
        foreach (var (code, name, value) in ordered)
        {
            var share = gross > 0 && value > 0 ? value / gross : 0;
            cumulative += share;
            if (share > 0 && for80 == 0 && cumulative >= HeadlineShare - 1e-9)
            {
                for80 = trusts.Count + 1;
            }

            trusts.Add(new TrustContribution(code, name, value, share, cumulative));
        }

        var headline = Headline(metric, period, ratio, target, net, gross, trusts, for80, unitLabel);
        return new GapContribution(metric.Id, period, ratio, target, net, gross, trusts, for80, headline, unitLabel);
    }

    private static string Headline(Metric metric, Period period, bool ratio, double? target, double net, double gross, List<TrustContribution> trusts, int for80, string unitLabel)
    {
        var month = period.ToLongDisplay();
        var against = ratio ? $"against {FigureFormat.Format(target!.Value, metric)}" : "over the year";
        if (gross <= 0)
        {
            return ratio
                ? $"In {month} every trust with figures meets {FigureFormat.Format(target!.Value, metric)}: there is no gap to share."
                : $"In {month} no trust moved the wrong way over the year: there is no gap to share.";
        }

        var names = string.Join(", ", trusts.Take(for80).Select(t => t.Name));
        if (net <= 0)
        {
            var shortNames = string.Join(", ", trusts.Where(t => t.Contribution > 0).Select(t => t.Name));
            return ratio
                ? $"In {month} the ICB as a whole meets {FigureFormat.Format(target!.Value, metric)}: the trusts doing better offset the {Count(gross)} {unitLabel} of the trusts short ({shortNames}), with {Count(-net)} to spare."
                : $"In {month} the ICB as a whole moved the right way over the year: the trusts that improved offset the {Count(gross)} {unitLabel} of the others ({shortNames}).";
        }

        var count = for80 == 1 ? "One trust accounts" : $"{Words(for80)} trusts account";
        var shortCount = trusts.Count(t => t.Contribution > 0);
        var between = shortCount == 1 ? "The one trust short has" : $"Between them the {shortCount} trusts short have";
        var offset = net < gross - 1e-9 ? $"; trusts doing better offset {Count(gross - net)}, leaving the ICB's net gap at {Count(net)}" : string.Empty;
        var share = Math.Floor((trusts[for80 - 1].CumulativeShare * 100) + 1e-6).ToString("0", CultureInfo.InvariantCulture);
        return $"{count} for {share}% of the gap {against} in {month}: {names}. {between} {Count(gross)} {unitLabel}{offset}.";
    }

    private static string Count(double value) => Math.Round(value).ToString("#,##0", CultureInfo.InvariantCulture);

    private static string Words(int n) => n switch
    {
        2 => "Two",
        3 => "Three",
        4 => "Four",
        5 => "Five",
        6 => "Six",
        7 => "Seven",
        8 => "Eight",
        9 => "Nine",
        _ => n.ToString(CultureInfo.InvariantCulture),
    };
}
