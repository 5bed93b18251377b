using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using static IbpPortal.Tests.Spc.SpcTestSeries;

namespace IbpPortal.Tests.Spc;

public class SpcLimitsTests
{
    private const int Precision = 9;

    [Fact]
    public void Limits_are_mean_plus_and_minus_2_66_average_moving_ranges()
    {
        // 8 12 8 12 … (14 values): mean 140/14 = 10; 13 moving ranges of 4, AMR 4;
        // UPL 10 + 2.66 × 4 = 20.64; LPL 10 − 10.64 = −0.64.
        var segment = Calculate(Of(Alternating(14))).Segments.Single();

        Assert.Equal(10, segment.Mean!.Value, Precision);
        Assert.Equal(4, segment.AverageMovingRange!.Value, Precision);
        Assert.Equal(20.64, segment.Upl!.Value, Precision);
        Assert.Equal(-0.64, segment.Lpl!.Value, Precision);
        Assert.Equal(14, segment.ValueCount);
        Assert.False(segment.Unreliable);
    }

    [Fact]
    public void Screening_drops_moving_ranges_of_3_267_average_moving_ranges_and_recomputes_once()
    {
        // 5 15 5 15 … 5 15 60 (13 values): mean (6×5 + 6×15 + 60)/13 = 180/13.
        // Moving ranges: eleven of 10, then |60 − 15| = 45; AMR (110 + 45)/12 = 155/12 = 12.9167.
        // Screening: 3.267 × 12.9167 = 42.198 ≤ 45, so 45 is dropped: AMR 110/11 = 10.
        // On:  UPL 180/13 + 26.6 = 40.446; LPL 180/13 − 26.6 = −12.754.
        // Off: UPL 180/13 + 2.66 × 155/12 = 48.205; LPL 180/13 − 34.358 = −20.512.
        var series = Of(5, 15, 5, 15, 5, 15, 5, 15, 5, 15, 5, 15, 60);

        var screened = Calculate(series, screen: true).Segments.Single();
        var unscreened = Calculate(series, screen: false).Segments.Single();

        Assert.Equal(180.0 / 13, screened.Mean!.Value, Precision);
        Assert.Equal(10, screened.AverageMovingRange!.Value, Precision);
        Assert.Equal((180.0 / 13) + 26.6, screened.Upl!.Value, Precision);
        Assert.Equal((180.0 / 13) - 26.6, screened.Lpl!.Value, Precision);
        Assert.Equal(155.0 / 12, unscreened.AverageMovingRange!.Value, Precision);
        Assert.Equal((180.0 / 13) + (2.66 * 155 / 12), unscreened.Upl!.Value, Precision);
        Assert.Equal((180.0 / 13) - (2.66 * 155 / 12), unscreened.Lpl!.Value, Precision);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void All_values_equal_give_limits_on_the_mean_and_no_signal(bool screen)
    {
        // 15 × 5: mean 5, every moving range 0, AMR 0, UPL = LPL = 5; every point on the mean.
        var result = Calculate(Of([.. Enumerable.Repeat(5.0, 15)]), screen: screen);
        var segment = result.Segments.Single();

        Assert.Equal(5, segment.Mean);
        Assert.Equal(0, segment.AverageMovingRange);
        Assert.Equal(5, segment.Upl);
        Assert.Equal(5, segment.Lpl);
        Assert.All(result.Points, p => Assert.Equal((SpcRule.None, SpecialCause.None), (p.Rule, p.SpecialCause)));
        Assert.All(result.Points, p => Assert.DoesNotContain(new double?[] { p.Mean, p.Upl, p.Lpl }, d => d is double x && !double.IsFinite(x)));
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
    }

    [Fact]
    public void Months_without_a_value_are_kept_but_not_counted_and_carry_no_signal()
    {
        // The shift-above series of SpcRuleTests (14 values, mean 153/14, AMR 41/13) with a missing month
        // after the first value, a suppressed month inside the run above the mean and a not-applicable
        // month at the end. Values and their order are unchanged, so mean and AMR are too, and the run of
        // seven above the mean carries on across the suppressed month.
        var series = Of(
            DataValue.Of(8), DataValue.Missing, DataValue.Of(12), DataValue.Of(8), DataValue.Of(12), DataValue.Of(8),
            DataValue.Of(12), DataValue.Of(8), DataValue.Of(13), DataValue.Of(11), DataValue.Suppressed, DataValue.Of(13),
            DataValue.Of(11), DataValue.Of(13), DataValue.Of(11), DataValue.Of(13), DataValue.NotApplicable);

        var result = Calculate(series);
        var segment = result.Segments.Single();

        Assert.Equal(17, result.Points.Count);
        Assert.Equal(14, segment.ValueCount);
        Assert.Equal(153.0 / 14, segment.Mean!.Value, Precision);
        Assert.Equal(41.0 / 13, segment.AverageMovingRange!.Value, Precision);
        Assert.Equal(
            [ValueKind.Missing, ValueKind.Suppressed, ValueKind.NotApplicable],
            result.Points.Where(p => !p.Value.HasValue).Select(p => p.Value.Kind));
        Assert.All(result.Points.Where(p => !p.Value.HasValue), p => Assert.Equal((SpcRule.None, SpecialCause.None), (p.Rule, p.SpecialCause)));
        Assert.Equal(7, result.Points.Count(p => p.Rule == SpcRule.Shift));
        Assert.Equal(SpcRule.Shift, result.Points[^2].Rule);

        // The latest month has no value: the icon describes the latest month that has one.
        Assert.Equal(VariationIcon.ImprovementHigh, result.Variation);
    }

    [Fact]
    public void A_moving_range_spans_a_month_without_a_value()
    {
        // 0, (missing), 10, 10, 10: the values are 0 10 10 10, mean 30/4 = 7.5.
        // Moving ranges between consecutive values: |10 − 0| = 10, 0, 0; AMR 10/3 (screening off).
        // (Without spanning there would be only 0, 0 and AMR 0.)
        var series = Of(DataValue.Of(0), DataValue.Missing, DataValue.Of(10), DataValue.Of(10), DataValue.Of(10));

        var segment = Calculate(series, screen: false).Segments.Single();

        Assert.Equal(7.5, segment.Mean);
        Assert.Equal(10.0 / 3, segment.AverageMovingRange!.Value, Precision);
    }

    [Fact]
    public void A_single_value_has_a_mean_and_no_limits()
    {
        var result = Calculate(WithTarget(Of(5), 3));
        var segment = result.Segments.Single();

        Assert.Equal(5, segment.Mean);
        Assert.Null(segment.AverageMovingRange);
        Assert.Null(segment.Upl);
        Assert.Null(segment.Lpl);
        Assert.Equal((5.0, (double?)null, (double?)null), (result.Points[0].Mean!.Value, result.Points[0].Upl, result.Points[0].Lpl));
        Assert.True(result.ShortSeries);
        Assert.Equal(VariationIcon.CommonCause, result.Variation);
        Assert.Equal(AssuranceIcon.None, result.Assurance);
    }

    [Fact]
    public void Two_values_have_limits_from_their_one_moving_range()
    {
        // 4, 6: mean 5; one moving range of 2, AMR 2 (3.267 × 2 = 6.534 > 2, kept);
        // UPL 5 + 5.32 = 10.32; LPL 5 − 5.32 = −0.32.
        var result = Calculate(Of(4, 6));
        var segment = result.Segments.Single();

        Assert.Equal(5, segment.Mean);
        Assert.Equal(10.32, segment.Upl!.Value, Precision);
        Assert.Equal(-0.32, segment.Lpl!.Value, Precision);
        Assert.True(result.ShortSeries);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    [InlineData(24, false)]
    public void A_segment_of_fewer_than_13_values_is_unreliable(int count, bool shortSeries)
    {
        var result = Calculate(Of(Alternating(count)));

        Assert.Equal(shortSeries, result.ShortSeries);
        Assert.Equal(shortSeries, result.Segments.Single().Unreliable);
        Assert.Equal(count, result.Points.Count);
    }

    [Fact]
    public void Months_without_values_do_not_count_towards_reliability()
    {
        // 12 values and 3 missing months: 15 months, but still fewer than 13 values.
        var series = Of([.. Alternating(12).Select(DataValue.Of), DataValue.Missing, DataValue.Missing, DataValue.Missing]);

        Assert.True(Calculate(series).ShortSeries);
    }

    [Fact]
    public void An_empty_series_has_no_points_segments_or_icons()
    {
        var result = Calculate([]);

        Assert.Empty(result.Points);
        Assert.Empty(result.Segments);
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.Equal(AssuranceIcon.None, result.Assurance);
        Assert.True(result.ShortSeries);
    }

    [Fact]
    public void A_series_of_only_missing_months_has_a_segment_without_numbers()
    {
        var result = Calculate(Of(DataValue.Missing, DataValue.Suppressed));
        var segment = result.Segments.Single();

        Assert.Equal((0, (double?)null, (double?)null), (segment.ValueCount, segment.Mean, segment.Upl));
        Assert.Equal(VariationIcon.None, result.Variation);
        Assert.True(result.ShortSeries);
    }

    [Fact]
    public void Months_are_put_in_period_order_and_a_repeated_period_is_refused()
    {
        var shuffled = Of(1, 2, 3).Reverse().ToArray();

        Assert.Equal([1.0, 2.0, 3.0], Calculate(shuffled).Points.Select(p => p.Value.Number));
        Assert.Throws<ArgumentException>(() => Calculate([.. Of(1, 2), Of(3)[0]]));
    }
}
