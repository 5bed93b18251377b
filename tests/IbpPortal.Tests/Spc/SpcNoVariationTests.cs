using IbpPortal.Analyse.Spc;
using static IbpPortal.Tests.Spc.SpcTestSeries;

namespace IbpPortal.Tests.Spc;

/// <summary>
/// A segment whose average moving range is 0 after screening has no variation to judge (issue 24); worked by hand.
/// </summary>
public class SpcNoVariationTests
{
    private const int Precision = 9;

    [Fact]
    public void Twenty_three_fives_then_a_six_has_no_variation_to_judge_and_no_signal()
    {
        // 23 × 5, then 6: mean 121/24 = 5.041667. Moving ranges: 22 of 0 and one of 1; AMR 1/23 = 0.043478.
        // Screening: 3.267 × 1/23 = 0.142 ≤ 1, so the 1 is dropped; AMR of the 22 zeros is 0, UPL = LPL = mean.
        // NHSRplotthedots would flag all 24 points outside those limits (the 23 fives as a concern).
        var result = Calculate(WithTarget(Of([.. Enumerable.Repeat(5.0, 23), 6.0]), 5.5));
        var segment = result.Segments.Single();

        Assert.True(segment.NoVariation);
        Assert.Equal(121.0 / 24, segment.Mean!.Value, Precision);
        Assert.Equal(0, segment.AverageMovingRange);
        Assert.All(result.Points, p => Assert.Equal((SpcRule.None, SpecialCause.None), (p.Rule, p.SpecialCause)));
        Assert.Equal(AssuranceIcon.None, result.Assurance);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void Without_screening_the_same_series_varies_and_the_six_is_outside_the_limits()
    {
        // AMR 1/23 unscreened: UPL 121/24 + 2.66/23 = 5.157319, LPL 4.926014; the fives lie inside, the six above.
        var result = Calculate(Of([.. Enumerable.Repeat(5.0, 23), 6.0]), screen: false);
        var segment = result.Segments.Single();

        Assert.False(segment.NoVariation);
        Assert.Equal((121.0 / 24) + (2.66 / 23), segment.Upl!.Value, Precision);
        Assert.Equal(SpcRule.OutsideLimits, result.Points[^1].Rule);
        Assert.All(result.Points.Take(23), p => Assert.NotEqual(SpcRule.OutsideLimits, p.Rule));
    }

    [Fact]
    public void A_rare_event_count_of_zeros_with_one_1_has_no_variation_to_judge()
    {
        // 11 zeros, a 1, 12 zeros: moving ranges 0 … 1, 1 … 0 (two of 1, 21 of 0); AMR 2/23 = 0.087.
        // Screening at 3.267 × 2/23 = 0.284 drops both 1s; AMR 0.
        double[] values = [.. Enumerable.Repeat(0.0, 11), 1.0, .. Enumerable.Repeat(0.0, 12)];
        var result = Calculate(Of(values), Model.Improvement.Decrease);

        Assert.True(result.Segments.Single().NoVariation);
        Assert.All(result.Points, p => Assert.Equal(SpcRule.None, p.Rule));
    }

    [Fact]
    public void A_series_with_everyday_variation_is_judged_as_before()
    {
        // 8 12 8 12 … (14 values): AMR 4 (SpcLimitsTests); nothing is screened.
        Assert.False(Calculate(Of(Alternating(14))).Segments.Single().NoVariation);
    }
}
