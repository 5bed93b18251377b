using IbpPortal.Model;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace IbpPortal.Charts;

/// <summary>Months on the x axis: x is the number of months since the first period, labelled like <c>Apr 16</c>.</summary>
internal static class MonthAxis
{
    private static readonly int[] Steps = [1, 2, 3, 6, 12];
    private static readonly int[] QuarterSteps = [1, 2, 4];

    /// <summary>Puts a labelled tick every 1, 2, 3, 6 or 12 months (on financial-year boundaries) so that labels do not collide.</summary>
    /// <param name="frequency">Quarterly: ticks only at quarter ends, labelled with the quarter's months (<c>Jul–Sep 24</c>).</param>
    public static void Apply(Plot plot, Period first, int months, int widthPixels, MetricFrequency frequency = MetricFrequency.Monthly)
    {
        if (frequency == MetricFrequency.Quarterly)
        {
            ApplyQuarters(plot, first, months, widthPixels);
            return;
        }

        // An "Apr 16" label is about 45 px at 12 px text; keep a label's width of space between labels.
        var maxLabels = Math.Max(2, widthPixels / 90);
        var step = Steps.FirstOrDefault(s => (months + s - 1) / s <= maxLabels, 12);
        if (step == 12 && months / 12 > maxLabels)
        {
            step = 12 * (int)Math.Ceiling(months / 12.0 / maxLabels);
        }

        var ticks = new NumericManual();
        for (var i = 0; i < months; i++)
        {
            var period = first.AddMonths(i);
            if ((((period.Month - 4) % step) + step) % step == 0 && (step <= 12 || period.MonthsSince(FirstApril(first)) % step == 0))
            {
                ticks.AddMajor(i, ValueFormatter.MonthTick(period));
            }
            else
            {
                ticks.AddMinor(i);
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }

    private static void ApplyQuarters(Plot plot, Period first, int months, int widthPixels)
    {
        // A "Jul–Sep 24" label is about 70 px; every quarter, or every second or fourth one when they would collide.
        var quarters = (months + 2) / 3;
        var every = QuarterSteps.FirstOrDefault(s => (quarters + s - 1) / s <= Math.Max(2, widthPixels / 110), 4);
        var ticks = new NumericManual();
        var shown = 0;
        for (var i = 0; i < months; i++)
        {
            var period = first.AddMonths(i);
            if (period.IsQuarterEnd && shown++ % every == 0)
            {
                ticks.AddMajor(i, ValueFormatter.QuarterTick(period));
            }
        }

        plot.Axes.Bottom.TickGenerator = ticks;
    }

    /// <summary>The x coordinate of <paramref name="period"/>.</summary>
    public static double X(Period first, Period period) => period.MonthsSince(first);

    private static Period FirstApril(Period first) => first.FinancialYearStart;
}
