using IbpPortal.Analyse.Spc;
using IbpPortal.Charts;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using static IbpPortal.Tests.Spc.SpcTestSeries;

namespace IbpPortal.Tests.Spc;

/// <summary>
/// Issue #18 item 7: an SPC chart's words describe its current segment (every signal with its months, any re-base with its
/// reason), and say "no significant change" only when the segment has no signal. Every expectation is worked by hand.
/// </summary>
public class SpcSegmentTextTests
{
    private static readonly Metric Beds = new("beds", "Beds open", Domain.Capacity, Unit.Count, Improvement.Increase, 0, null, null, null,
        AggregateRule.Sum, "", SourceLocation.File("metrics.csv"));

    [Fact]
    public void Runs_in_the_segment_are_told_even_when_the_latest_point_is_common_cause()
    {
        // 10 11 10 11 10 11 10 | 14 15 14 15 14 15 14 | 12 (Jan 2024 – Mar 2025). Sum 73 + 101 + 12 = 186, mean 12.4.
        // Moving ranges: six of 1, then 4, six of 1, then 2: 18/14 = 1.2857 (4 is under the 3.267 × AMR cut-off of 4.2, kept).
        // Limits 12.4 ± 3.42 (8.98, 15.82): nothing outside. Close: beyond 12.4 ± 2.28, so the 10s (Jan, Mar, May, Jul 2024)
        // and the 15s (Sep, Nov 2024, Jan 2025). Seven below, then seven above the mean: two shifts. The latest, 12, is none.
        var result = Calculate(Of(10, 11, 10, 11, 10, 11, 10, 14, 15, 14, 15, 14, 15, 14, 12));
        Assert.Equal(VariationIcon.CommonCause, result.Variation);

        var text = SpcNarrative.CurrentSegment(result, Beds, []);

        Assert.Equal(
            "In the current segment (Jan 2024 to Mar 2025): a shift below the mean from Jan 2024 to Jul 2024 (7 months, concern); "
            + "a shift above the mean from Aug 2024 to Feb 2025 (7 months, improvement); "
            + "two of three points close to the lower limit (Jan 2024, Mar 2024, May 2024 and Jul 2024, concern); "
            + "two of three points close to the upper limit (Sep 2024, Nov 2024 and Jan 2025, improvement).",
            text);
        Assert.DoesNotContain("no significant change", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_point_outside_the_limits_is_named_with_its_month()
    {
        // Fourteen values 10, 12, … then 20 (Mar 2025): sum 174, mean 11.6. Moving ranges thirteen of 2 and one of 8:
        // AMR 34/14 = 2.43, cut-off 7.93, so the 8 is screened out and AMR is 2. Limits 11.6 ± 5.32: 20 is above 16.92.
        var result = Calculate(Of(10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 20));

        Assert.Equal(
            "In the current segment (Jan 2024 to Mar 2025): 1 point above the upper limit (Mar 2025, improvement).",
            SpcNarrative.CurrentSegment(result, Beds, []));
    }

    [Fact]
    public void No_significant_change_only_when_the_segment_has_no_signal()
    {
        // 8, 12 alternating (mean 10, limits 10 ± 10.64): every point swaps side, none is close or outside.
        var result = Calculate(Of(Alternating(14)));

        Assert.Equal(
            "No significant change in the current segment (Jan 2024 to Feb 2025): no point outside the limits and no shift, trend or two-in-three signal.",
            SpcNarrative.CurrentSegment(result, Beds, []));
    }

    [Fact]
    public void A_rebase_is_told_with_its_reason_from_rebase_csv()
    {
        // 8/12 for 14 months, then 28/32 from Mar 2025, re-based there: the new segment (mean 30, limits 19.36 to 40.64) is quiet.
        var series = Of([.. Alternating(14), .. Alternating(12).Select(v => v + 20)]);
        var rebaseAt = new Period(2025, 3);
        var result = SpcCalculator.Calculate(series, Improvement.Increase, [rebaseAt], SpcOptions.Default);
        var rebase = new Rebase("RA1", "beds", rebaseAt, "Escalation beds counted from March 2025", SourceLocation.File("data/rebase.csv"));

        var text = SpcNarrative.CurrentSegment(result, Beds, [rebase]);

        Assert.StartsWith("Re-based in Mar 2025: Escalation beds counted from March 2025; the months before have their own mean and limits. ", text, StringComparison.Ordinal);
        Assert.EndsWith("No significant change in the current segment (Mar 2025 to Feb 2026): no point outside the limits and no shift, trend or two-in-three signal.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_falling_trend_is_told_with_its_months()
    {
        // 20 values alternating 50/52 (Jan 2024 – Aug 2025), then 51 50 49 48 47 46 45 (Sep 2025 – Mar 2026): seven falling.
        double[] values = [.. Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 50.0 : 52.0), 51, 50, 49, 48, 47, 46, 45];
        var runs = SegmentSignals.Of(Calculate(Of(values)), Calculate(Of(values)).Segments[0], Improvement.Increase);

        var trend = Assert.Single(runs, r => r.Rule == SpcRule.Trend);
        Assert.False(trend.High);
        Assert.Equal(SpecialCause.Concern, trend.Cause);
        // The run starts at its highest point, 52 in Aug 2025, and falls seven times to Mar 2026: eight months.
        Assert.Equal((new Period(2025, 8), new Period(2026, 3)), (trend.From, trend.To));
    }
}
