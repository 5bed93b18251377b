using IbpPortal.Charts;
using static IbpPortal.Tests.Charts.ChartFixtures;

namespace IbpPortal.Tests.Charts;

public class SpcTextTests
{
    [Fact]
    public void Description_names_latest_value_target_signal_and_limits()
    {
        var text = SpcDescription.Describe(new SpcChartData("x", Percent(), ShiftUp(), "RR8"));

        Assert.Equal(
            // Worked by hand: mean 90.5, limits 86 and 95, so "close" is beyond 90.5 ± 3 (above 93.5). The last seven (May to Nov 2017)
            // sit above the mean; of them only 94.5 (Sep) and 94 (Nov) are close, and only the window Sep–Nov holds two.
            "Four-hour A&E performance, RR8, November 2017: 94.0%, below the 95.0% target; latest point: special cause improvement since May 2017; limits 86.0% to 95.0%; hit and miss target. "
            + "In the current segment (Apr 2016 to Nov 2017): a shift above the mean from May 2017 to Nov 2017 (7 months, improvement); two of three points close to the upper limit (Sep 2017 and Nov 2017, improvement).",
            text);
    }

    [Fact]
    public void Description_says_when_the_latest_month_is_absent()
    {
        var text = SpcDescription.Describe(new SpcChartData("x", Percent(), Series([90, 91, null], 90.5, 88, 93), "RR8"));

        Assert.EndsWith("June 2016: suppressed.", text, StringComparison.Ordinal);
        Assert.Contains("May 2016: 91.0%", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_rows_show_absent_values_as_words_and_signals_by_rule()
    {
        var rows = SpcTable.Rows(new SpcChartData("x", Percent(), Series([90, null, 93], 91, 88, 94, new HashSet<int> { 2 }), "RR8"));

        Assert.Equal(["90.0%", "suppressed", "93.0%"], rows.Select(r => r.Value));
        Assert.Null(rows[1].Number);
        Assert.Equal(["Common cause", "", "Improvement: shift"], rows.Select(r => r.Signal));
        Assert.Equal("88.0%", rows[0].Lower);
        Assert.Equal("Apr 2016", rows[0].PeriodLabel);
    }
}
