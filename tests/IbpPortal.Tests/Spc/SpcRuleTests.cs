using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using static IbpPortal.Tests.Spc.SpcTestSeries;

namespace IbpPortal.Tests.Spc;

/// <summary>One worked example per Making Data Count rule; the arithmetic is in each comment.</summary>
public class SpcRuleTests
{
    private const SpcRule N = SpcRule.None;
    private const SpcRule O = SpcRule.OutsideLimits;
    private const SpcRule T = SpcRule.Trend;
    private const SpcRule W = SpcRule.TwoInThree;
    private const SpcRule S = SpcRule.Shift;

    /// <summary>
    /// 5 15 … 5 15 60: mean 180/13 = 13.846; AMR 10 after screening (see SpcLimitsTests);
    /// UPL 40.446, LPL −12.754. 60 &gt; UPL. 5 and 15 alternate either side of the mean: no run, no trend;
    /// the inner third starts at 13.846 ± 1.7733 × 10 = 31.58 / −3.89, which no other value reaches.
    /// </summary>
    internal static readonly double[] OutsideHigh = [5, 15, 5, 15, 5, 15, 5, 15, 5, 15, 5, 15, 60];

    /// <summary>60 − OutsideHigh: 55 45 … 55 45 0: mean 600/13 = 46.154; AMR 10; LPL 19.554 &gt; 0.</summary>
    internal static readonly double[] OutsideLow = [55, 45, 55, 45, 55, 45, 55, 45, 55, 45, 55, 45, 0];

    /// <summary>
    /// 8 12 8 12 8 12 8 | 13 11 13 11 13 11 13: mean (4×8 + 3×12 + 4×13 + 3×11)/14 = 153/14 = 10.929.
    /// Moving ranges 6×4 + |13 − 8| = 5 + 6×2 = 41 over 13: AMR 3.154 (none ≥ 10.30 screened).
    /// UPL 19.318, LPL 2.539; inner third 16.52 / 5.34: no value close. The last seven (13 and 11) are
    /// all above 10.929; the first seven alternate sides.
    /// </summary>
    internal static readonly double[] ShiftAbove = [8, 12, 8, 12, 8, 12, 8, 13, 11, 13, 11, 13, 11, 13];

    /// <summary>20 − ShiftAbove: mean 127/14 = 9.071; the last seven (7 and 9) all below it.</summary>
    internal static readonly double[] ShiftBelow = [12, 8, 12, 8, 12, 8, 12, 7, 9, 7, 9, 7, 9, 7];

    /// <summary>
    /// 10 14 10 14 10 14 | 9 10 11 12 13 14 15: mean (30 + 42 + 84)/13 = 12.
    /// Moving ranges 5×4 + 5 + 6×1 = 31 over 12: AMR 2.583 (none ≥ 8.44 screened); UPL 18.872, LPL 5.128;
    /// inner third 16.58 / 7.42: no value close. 9 … 15 rise seven times in a row (six rises). The 12 on the
    /// mean breaks any run of one side; the most on one side in a row is three.
    /// </summary>
    internal static readonly double[] TrendUp = [10, 14, 10, 14, 10, 14, 9, 10, 11, 12, 13, 14, 15];

    /// <summary>24 − TrendUp: mean 12; 15 14 13 12 11 10 9 fall six times in a row.</summary>
    internal static readonly double[] TrendDown = [14, 10, 14, 10, 14, 10, 15, 14, 13, 12, 11, 10, 9];

    /// <summary>
    /// (8 12) × 10 | 19 14 19: mean (200 + 52)/23 = 252/23 = 10.957.
    /// Moving ranges 19×4 + |19 − 12| = 7 + 5 + 5 = 93 over 22: AMR 4.227 (none ≥ 13.81 screened);
    /// UPL 10.957 + 11.245 = 22.201, LPL −0.288; inner third 10.957 ± 1.7733 × 4.227 = 18.453 / 3.460.
    /// 19 is close (18.453 &lt; 19 &lt; 22.201), 14 is not; 19 14 19 are all above the mean (with the 12 before
    /// them only four in a row): two of three close, only the 19s flagged.
    /// </summary>
    internal static readonly double[] TwoInThreeHigh = [.. SpcTestSeries.Alternating(20), 19, 14, 19];

    public static TheoryData<double[], SpcRule[], bool> Cases => new()
    {
        { OutsideHigh, [N, N, N, N, N, N, N, N, N, N, N, N, O], true },
        { OutsideLow, [N, N, N, N, N, N, N, N, N, N, N, N, O], false },
        { ShiftAbove, [N, N, N, N, N, N, N, S, S, S, S, S, S, S], true },
        { ShiftBelow, [N, N, N, N, N, N, N, S, S, S, S, S, S, S], false },
        { TrendUp, [N, N, N, N, N, N, T, T, T, T, T, T, T], true },
        { TrendDown, [N, N, N, N, N, N, T, T, T, T, T, T, T], false },
        { TwoInThreeHigh, [.. Enumerable.Repeat(N, 20), W, N, W], true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_rule_flags_exactly_its_points(double[] values, SpcRule[] rules, bool high)
    {
        var result = Calculate(Of(values), Improvement.Increase);

        Assert.Equal(rules, Rules(result));
        var expectedCause = high ? SpecialCause.Improvement : SpecialCause.Concern;
        Assert.All(result.Points.Where(p => p.Rule != N), p => Assert.Equal(expectedCause, p.SpecialCause));
        Assert.All(result.Points.Where(p => p.Rule == N), p => Assert.Equal(SpecialCause.None, p.SpecialCause));
    }

    [Fact]
    public void A_rising_trend_is_high_even_below_the_mean()
    {
        // TrendUp: the 9, 10 and 11 of the trend lie below the mean of 12, the 12 on it; all are a rising trend.
        var result = Calculate(Of(TrendUp), Improvement.Increase);

        Assert.All(result.Points.Skip(6), p => Assert.Equal(SpecialCause.Improvement, p.SpecialCause));
    }

    [Fact]
    public void A_tie_breaks_a_trend()
    {
        // TrendUp with the 11 repeated: 9 10 11 11 12 13 14 has five rises and a tie; no seven rise in a row.
        double[] values = [10, 14, 10, 14, 10, 14, 9, 10, 11, 11, 12, 13, 14];

        Assert.DoesNotContain(T, Rules(Calculate(Of(values))));
    }

    [Fact]
    public void A_point_on_the_mean_breaks_a_shift()
    {
        // 8 12 8 12 8 12 | 11 11 11 10 11 11 11 | 4: mean (60 + 66 + 10 + 4)/14 = 140/14 = 10.
        // The 10 sits on the mean, leaving four values above before it and three after; with 11 in its
        // place the eight would be a shift. Moving ranges 5×4 + 1 + 0 + 0 + 1 + 1 + 0 + 0 + 7 = 30 over 13:
        // AMR 2.308 (3.267 × 2.308 = 7.54 &gt; 7, none dropped); UPL 16.138, LPL 3.862: nothing outside;
        // the 4 is close (below 10 − 4.09 = 5.91) but alone, and on the other side from its neighbours.
        double[] values = [8, 12, 8, 12, 8, 12, 11, 11, 11, 10, 11, 11, 11, 4];

        Assert.Equal([N, N, N, N, N, N, N, N, N, N, N, N, N, N], Rules(Calculate(Of(values))));
    }

    [Fact]
    public void Outside_limits_outranks_trend()
    {
        // 10 14 10 14 10 14 | 9 10 11 12 13 14 40: mean (72 + 109)/13 = 181/13 = 13.923.
        // Moving ranges 5×4 + 5 + 5×1 + 26 = 56 over 12: AMR 4.667; 3.267 × 4.667 = 15.25 ≤ 26, dropped:
        // AMR 30/11 = 2.727; UPL 13.923 + 7.255 = 21.178. 9 … 40 is a rising trend of seven; 40 is outside.
        double[] values = [10, 14, 10, 14, 10, 14, 9, 10, 11, 12, 13, 14, 40];

        Assert.Equal([N, N, N, N, N, N, T, T, T, T, T, T, O], Rules(Calculate(Of(values))));
    }

    [Fact]
    public void Trend_outranks_shift()
    {
        // 0 10 0 10 0 10 0 10 | 9 10 11 12 13 14 15: mean (40 + 84)/15 = 124/15 = 8.267.
        // Moving ranges 7×10 + 1 + 6×1 = 77 over 14: AMR 5.5 (3.267 × 5.5 = 17.97, none dropped);
        // UPL 8.267 + 14.63 = 22.897, LPL −6.363; inner third 8.267 ± 9.753 = 18.02 / −1.49: nothing close.
        // The last 10 and 9 … 15 are eight values above the mean (a shift); 9 … 15 rise six times (a trend):
        // those seven are trend, the 10 before them shift.
        double[] values = [0, 10, 0, 10, 0, 10, 0, 10, 9, 10, 11, 12, 13, 14, 15];

        Assert.Equal([N, N, N, N, N, N, N, S, T, T, T, T, T, T, T], Rules(Calculate(Of(values))));
    }

    [Fact]
    public void Two_in_three_outranks_shift()
    {
        // (9 11) × 6, 9 | 12 12 15 12 15 12 12: mean (63 + 66 + 90)/20 = 219/20 = 10.95.
        // Moving ranges 12×2 + 3 + 0 + 3 + 3 + 3 + 3 + 0 = 39 over 19: AMR 2.053 (none ≥ 6.71 screened);
        // UPL 10.95 + 5.46 = 16.41; inner third 10.95 + 1.7733 × 2.053 = 14.59: both 15s are close, no 12.
        // 11 > 10.95 > 9, so the first thirteen alternate sides; the last seven are all above the mean
        // (a shift), and 15 12 15 is two of three close: the 15s are two in three, the rest shift.
        double[] values = [9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 11, 9, 12, 12, 15, 12, 15, 12, 12];

        Assert.Equal([.. Enumerable.Repeat(N, 13), S, S, W, S, W, S, S], Rules(Calculate(Of(values))));
    }

    [Fact]
    public void A_trend_point_followed_by_a_tie_keeps_its_trends_direction()
    {
        // Limits given directly (mean 7, AMR 10: limits 33.6 / −19.6, inner third 24.7 / −10.7) so that only
        // the trend rule can fire: 1 … 7 rises six times, the second 7 ties, 7 … 13 rises six times.
        // No shift: six below the mean, two on it, six above. The first 7 ends a rising trend: high.
        // (NHSRplotthedots would call it decreasing; see docs/spc-method.md.)
        double[] values = [1, 2, 3, 4, 5, 6, 7, 7, 8, 9, 10, 11, 12, 13];

        var signals = SpcRuleDetector.Detect(values, new XmrLimits(7, 10, 33.6, -19.6));

        Assert.All(signals, s => Assert.Equal(new PointSignal(T, SignalSide.High), s));
    }

    [Fact]
    public void A_turning_point_shared_by_two_trends_takes_the_later_direction()
    {
        // 1 … 7 rises six times, 7 … 1 falls six times; the 7 belongs to both (mean 4, wide limits as above).
        double[] values = [1, 2, 3, 4, 5, 6, 7, 6, 5, 4, 3, 2, 1];

        var signals = SpcRuleDetector.Detect(values, new XmrLimits(4, 10, 30.6, -22.6));

        Assert.Equal(
            [.. Enumerable.Repeat(SignalSide.High, 6), .. Enumerable.Repeat(SignalSide.Low, 7)],
            signals.Select(s => s.Side));
        Assert.All(signals, s => Assert.Equal(T, s.Rule));
    }
}
