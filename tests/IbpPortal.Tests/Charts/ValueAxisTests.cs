using IbpPortal.Charts;

namespace IbpPortal.Tests.Charts;

/// <summary>Round tick values, worked by hand: the smallest step of 1, 2, 2.5 or 5 times a power of ten that gives no more ticks than fit.</summary>
public sealed class ValueAxisTests
{
    [Fact]
    public void Attendances_between_the_limits_get_thousands_in_steps_of_two()
    {
        // Span 11,087 with room for 8: steps of 1,000 give 11 ticks (76k..86k), 2,000 give 6.
        Assert.Equal([76_000, 78_000, 80_000, 82_000, 84_000, 86_000], ValueAxis.NiceTicks(75_203, 86_290, 8));
    }

    [Fact]
    public void Percentages_get_steps_of_five_when_two_and_a_half_would_crowd()
    {
        // 72.5..96.3, room for 7: 2 gives 12 ticks (74..96), 2.5 gives 10 (72.5..95), 5 gives 75..95.
        Assert.Equal([75, 80, 85, 90, 95], ValueAxis.NiceTicks(72.5, 96.3, 7));
    }

    [Fact]
    public void Fractions_are_rounded_so_that_labels_read_cleanly()
    {
        // 0.1..0.7, room for 4: 0.1 gives 7 ticks, 0.2 gives 0.2, 0.4, 0.6 — and 3 x 0.2 is exactly 0.6, not 0.6000000000000001.
        var ticks = ValueAxis.NiceTicks(0.1, 0.7, 4);
        Assert.Equal([0.2, 0.4, 0.6], ticks);
        Assert.Equal("0.6", ticks[2].ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_range_through_zero_includes_zero()
    {
        Assert.Equal([-10, 0, 10, 20], ValueAxis.NiceTicks(-12, 24, 5));
    }

    [Fact]
    public void An_empty_or_broken_range_has_no_ticks()
    {
        Assert.Empty(ValueAxis.NiceTicks(5, 5, 6));
        Assert.Empty(ValueAxis.NiceTicks(double.NaN, 1, 6));
    }

    [Fact]
    public void Tick_labels_carry_the_unit()
    {
        var ticks = ValueAxis.Ticks(Model.Unit.Percent, 72.5, 96.3, 360, vertical: true);
        using var paint = ScottPlot.Paint.NewDisposablePaint();
        ticks.Regenerate(new ScottPlot.CoordinateRange(72.5, 96.3), ScottPlot.Edge.Left, new ScottPlot.PixelLength(360), paint, new ScottPlot.LabelStyle());
        Assert.Equal(["75%", "80%", "85%", "90%", "95%"], ticks.Ticks.Where(t => t.IsMajor).Select(t => t.Label));
        Assert.DoesNotContain(ticks.Ticks, t => !t.IsMajor);
    }
}
