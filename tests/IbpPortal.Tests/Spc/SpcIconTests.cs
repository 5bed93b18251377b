using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using static IbpPortal.Tests.Spc.SpcTestSeries;

namespace IbpPortal.Tests.Spc;

public class SpcIconTests
{
    public static TheoryData<string, Improvement, SpecialCause, VariationIcon> Directions => new()
    {
        // The latest point of OutsideHigh is above the upper limit, of OutsideLow below the lower one.
        { nameof(SpcRuleTests.OutsideHigh), Improvement.Increase, SpecialCause.Improvement, VariationIcon.ImprovementHigh },
        { nameof(SpcRuleTests.OutsideHigh), Improvement.Decrease, SpecialCause.Concern, VariationIcon.ConcernHigh },
        { nameof(SpcRuleTests.OutsideHigh), Improvement.Neutral, SpecialCause.Neither, VariationIcon.NeitherHigh },
        { nameof(SpcRuleTests.OutsideLow), Improvement.Increase, SpecialCause.Concern, VariationIcon.ConcernLow },
        { nameof(SpcRuleTests.OutsideLow), Improvement.Decrease, SpecialCause.Improvement, VariationIcon.ImprovementLow },
        { nameof(SpcRuleTests.OutsideLow), Improvement.Neutral, SpecialCause.Neither, VariationIcon.NeitherLow },

        // A falling trend is low wherever its points lie; a shift below the mean is low.
        { nameof(SpcRuleTests.TrendDown), Improvement.Increase, SpecialCause.Concern, VariationIcon.ConcernLow },
        { nameof(SpcRuleTests.TrendDown), Improvement.Decrease, SpecialCause.Improvement, VariationIcon.ImprovementLow },
        { nameof(SpcRuleTests.ShiftBelow), Improvement.Decrease, SpecialCause.Improvement, VariationIcon.ImprovementLow },
        { nameof(SpcRuleTests.ShiftAbove), Improvement.Decrease, SpecialCause.Concern, VariationIcon.ConcernHigh },
        { nameof(SpcRuleTests.TwoInThreeHigh), Improvement.Neutral, SpecialCause.Neither, VariationIcon.NeitherHigh },
    };

    [Theory]
    [MemberData(nameof(Directions))]
    public void The_improvement_direction_decides_improvement_or_concern(
        string series, Improvement improvement, SpecialCause cause, VariationIcon icon)
    {
        var result = Calculate(Of(Named(series)), improvement);

        Assert.Equal(cause, result.Points[^1].SpecialCause);
        Assert.Equal(icon, result.Variation);
    }

    [Fact]
    public void Common_cause_variation_gives_the_common_cause_icon()
    {
        Assert.Equal(VariationIcon.CommonCause, Calculate(Of(Alternating(14))).Variation);
    }

    // Alternating(14): mean 10, AMR 4, UPL 10 + 2.66 × 4 = 20.64, LPL 10 − 10.64 = −0.64.
    [Theory]
    [InlineData(Improvement.Increase, -5.0, AssuranceIcon.Pass)]
    [InlineData(Improvement.Increase, 25.0, AssuranceIcon.Fail)]
    [InlineData(Improvement.Increase, 15.0, AssuranceIcon.HitAndMiss)]
    [InlineData(Improvement.Decrease, 25.0, AssuranceIcon.Pass)]
    [InlineData(Improvement.Decrease, -5.0, AssuranceIcon.Fail)]
    [InlineData(Improvement.Decrease, 15.0, AssuranceIcon.HitAndMiss)]
    [InlineData(Improvement.Neutral, 25.0, AssuranceIcon.None)]
    [InlineData(Improvement.Neutral, -5.0, AssuranceIcon.None)]
    [InlineData(Improvement.Increase, null, AssuranceIcon.None)]
    [InlineData(Improvement.Decrease, null, AssuranceIcon.None)]
    public void Assurance_compares_the_target_with_the_limits(Improvement improvement, double? target, AssuranceIcon icon)
    {
        var result = Calculate(WithTarget(Of(Alternating(14)), target), improvement);

        Assert.Equal(icon, result.Assurance);
    }

    [Theory]
    [InlineData(Improvement.Increase)]
    [InlineData(Improvement.Decrease)]
    public void A_target_exactly_on_a_limit_is_hit_and_miss(Improvement improvement)
    {
        // The limits computed the same way in floating point: 10 ± 2.66 × 4.
        var onUpper = Calculate(WithTarget(Of(Alternating(14)), 10 + (2.66 * 4)), improvement);
        var onLower = Calculate(WithTarget(Of(Alternating(14)), 10 - (2.66 * 4)), improvement);

        Assert.Equal(onUpper.Segments[0].Upl, onUpper.Points[0].Target);
        Assert.Equal(AssuranceIcon.HitAndMiss, onUpper.Assurance);
        Assert.Equal(AssuranceIcon.HitAndMiss, onLower.Assurance);
    }

    [Fact]
    public void Assurance_uses_the_target_of_the_latest_month_with_a_value()
    {
        // Targets 25 (would fail) for every month but the last, whose target is −5 (passes).
        var series = WithTarget(Of(Alternating(14)), 25);
        series[^1] = series[^1] with { Target = -5 };

        Assert.Equal(AssuranceIcon.Pass, Calculate(series).Assurance);
    }

    private static double[] Named(string series) => series switch
    {
        nameof(SpcRuleTests.OutsideHigh) => SpcRuleTests.OutsideHigh,
        nameof(SpcRuleTests.OutsideLow) => SpcRuleTests.OutsideLow,
        nameof(SpcRuleTests.TrendDown) => SpcRuleTests.TrendDown,
        nameof(SpcRuleTests.ShiftAbove) => SpcRuleTests.ShiftAbove,
        nameof(SpcRuleTests.ShiftBelow) => SpcRuleTests.ShiftBelow,
        nameof(SpcRuleTests.TwoInThreeHigh) => SpcRuleTests.TwoInThreeHigh,
        _ => throw new ArgumentOutOfRangeException(nameof(series)),
    };
}
