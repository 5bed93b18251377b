using IbpPortal.Sections.Summary;

namespace IbpPortal.Tests.Sections;

/// <summary>The tiles' sparkline: coordinates worked by hand on the 120 × 32 drawing with a margin of 3.</summary>
public sealed class SparklineTests
{
    [Fact]
    public void Two_values_run_from_the_bottom_left_to_the_top_right()
    {
        // x: 3 + i × (120 − 6) / (n − 1) = 3 and 117; y: 32 − 3 − (v − low) / (high − low) × (32 − 6) = 29 and 3.
        var svg = Sparkline.Svg([0, 10])!;

        Assert.Contains("d=\"M3 29L117 3\"", svg, StringComparison.Ordinal);
        Assert.Contains("<circle cx=\"117\" cy=\"3\"", svg, StringComparison.Ordinal);
        Assert.Contains("aria-hidden=\"true\"", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_month_breaks_the_line_and_a_flat_series_sits_in_the_middle()
    {
        // Three months: x = 3, 60, 117. Values 1, missing, 3: y = 29 and 3, the second a new subpath.
        Assert.Contains("d=\"M3 29M117 3\"", Sparkline.Svg([1, null, 3])!, StringComparison.Ordinal);
        // Equal values: y = 32 / 2 = 16.
        Assert.Contains("d=\"M3 16L60 16L117 16\"", Sparkline.Svg([5, 5, 5])!, StringComparison.Ordinal);
    }

    [Fact]
    public void Fewer_than_two_values_draw_nothing() => Assert.Null(Sparkline.Svg([4, null]));
}
