using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using static IbpPortal.Tests.Spc.SpcTestSeries;

namespace IbpPortal.Tests.Spc;

public class SpcRebaseTests
{
    private const int Precision = 9;

    // 8 12 … 8 12 (14 values, Jan 2024 – Feb 2025) then 28 32 … 28 32 (12 values, Mar 2025 – Feb 2026).
    // Before the re-base: mean 10, AMR 4, limits 20.64 / −0.64. After: mean 360/12 = 30, eleven moving
    // ranges of 4, AMR 4, limits 30 ± 10.64 = 40.64 / 19.36. The jump 12 → 28 is no moving range of either.
    private static readonly SpcInputPoint[] Series =
        Of([.. Alternating(14), .. Alternating(12).Select(v => v + 20)]);

    private static readonly Period RebaseAt = new(2025, 3);

    [Fact]
    public void A_rebase_starts_a_new_segment_with_its_own_mean_and_limits()
    {
        var result = SpcCalculator.Calculate(Series, Improvement.Increase, [RebaseAt], SpcOptions.Default);

        Assert.Equal(2, result.Segments.Count);
        var (before, after) = (result.Segments[0], result.Segments[1]);
        Assert.Equal((0, new Period(2024, 1), new Period(2025, 2), 14), (before.Index, before.Start, before.End, before.ValueCount));
        Assert.Equal((1, RebaseAt, new Period(2026, 2), 12), (after.Index, after.Start, after.End, after.ValueCount));
        Assert.Equal(10, before.Mean!.Value, Precision);
        Assert.Equal(20.64, before.Upl!.Value, Precision);
        Assert.Equal(30, after.Mean!.Value, Precision);
        Assert.Equal(4, after.AverageMovingRange!.Value, Precision);
        Assert.Equal(40.64, after.Upl!.Value, Precision);
        Assert.Equal(19.36, after.Lpl!.Value, Precision);
        Assert.Equal([.. Enumerable.Repeat(0, 14), .. Enumerable.Repeat(1, 12)], result.Points.Select(p => p.Segment));
        Assert.Equal(30, result.Points[14].Mean!.Value, Precision);
        Assert.All(result.Points, p => Assert.Equal(SpcRule.None, p.Rule));
    }

    [Fact]
    public void The_latest_segment_decides_short_series_and_assurance()
    {
        // Target 25: above the first segment's UPL (20.64, would fail) but between the second's limits.
        var result = SpcCalculator.Calculate(WithTarget(Series, 25), Improvement.Increase, [RebaseAt], SpcOptions.Default);

        Assert.False(result.Segments[0].Unreliable);
        Assert.True(result.Segments[1].Unreliable);
        Assert.True(result.ShortSeries);
        Assert.Equal(AssuranceIcon.HitAndMiss, result.Assurance);
    }

    [Fact]
    public void Without_the_rebase_the_step_is_special_cause()
    {
        // One segment of 26: mean (140 + 360)/26 = 19.23; the last twelve, all above it, are a shift or worse.
        var result = SpcCalculator.Calculate(Series, Improvement.Increase, [], SpcOptions.Default);

        Assert.Single(result.Segments);
        Assert.All(result.Points.Skip(14), p => Assert.NotEqual(SpcRule.None, p.Rule));
    }

    [Theory]
    [InlineData("2024-01")]
    [InlineData("2023-06")]
    [InlineData("2030-01")]
    public void A_rebase_at_or_before_the_first_month_or_after_the_last_changes_nothing(string period)
    {
        var result = SpcCalculator.Calculate(Series, Improvement.Increase, [Period.Parse(period)], SpcOptions.Default);

        Assert.Single(result.Segments);
    }

    [Fact]
    public void A_rebase_on_a_month_the_series_lacks_starts_the_segment_at_the_next_month()
    {
        // The series jumps from Feb 2025 to May 2025; a re-base at Apr 2025 starts the segment in May.
        var series = Series.Select((p, i) => i < 14 ? p : p with { Period = p.Period.AddMonths(2) }).ToArray();

        var result = SpcCalculator.Calculate(series, Improvement.Increase, [new Period(2025, 4)], SpcOptions.Default);

        Assert.Equal(new Period(2025, 5), result.Segments[1].Start);
    }
}
