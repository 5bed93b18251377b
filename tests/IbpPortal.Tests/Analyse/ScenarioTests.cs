using IbpPortal.Analyse.Gaps;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

public class ScenarioTests
{
    // Six months, Jan to Jun 2024: 10 12 11 15 14 16 at x = 0..5.
    // x̄ = 2.5, ȳ = 78 / 6 = 13. dx = −2.5 −1.5 −0.5 0.5 1.5 2.5; dy = −3 −1 −2 2 1 3.
    // Σdx·dy = 7.5 + 1.5 + 1 + 1 + 1.5 + 7.5 = 20; Σdx² = 17.5; slope = 20 / 17.5 = 8/7 a month.
    // Intercept at x = 0: 13 − 8/7 × 2.5 = 71/7; level in June (x = 5): 71/7 + 40/7 = 111/7.
    private const string SixMonths = """
        A,m,2024-01,10
        A,m,2024-02,12
        A,m,2024-03,11
        A,m,2024-04,15
        A,m,2024-05,14
        A,m,2024-06,16
        """;

    [Fact]
    public void Trend_is_the_least_squares_line_over_the_latest_months()
    {
        var set = Run(PlanOf([Trust("A", null)], [Metric("m")], SixMonths), "2024-06").Projections("A", "m");

        Assert.Equal(8.0 / 7.0, set.Trend!.SlopePerMonth, 10);
        Assert.Equal(111.0 / 7.0, set.Trend.LevelAtEnd, 10);
        Assert.Equal(6, set.Trend.PointsUsed);
        Assert.Equal(P("2024-06"), set.Trend.To);
    }

    [Fact]
    public void Scenario_compounds_its_annual_change_monthly_on_the_trend()
    {
        var data = PlanOf([Trust("A", null)], [Metric("m", target: 30)], SixMonths, scenarios: [Scenario("growth", 12, ("m", 12.0))]);
        var set = Run(data, "2024-06").Projections("A", "m");
        var growth = Assert.Single(set.Scenarios);

        // t = 6 (Dec 2024): trend 111/7 + 6 × 8/7 = 159/7; × 1.12^(6/12) = × √1.12.
        Assert.Equal(159.0 / 7.0 * Math.Sqrt(1.12), growth.Points[5].Value, 10);
        // t = 12 (Jun 2025): trend 111/7 + 96/7 = 207/7; × 1.12 = 231.84/7 = 33.12.
        Assert.Equal(P("2025-06"), growth.AtHorizon.Period);
        Assert.Equal(33.12, growth.AtHorizon.Value, 10);
        // Against the target of 30: +3.12, favourable for an increase metric.
        Assert.Equal(3.12, growth.GapToTarget!.Size, 10);
        Assert.Equal(GapDirection.Favourable, growth.GapToTarget.Direction);
        // The current trend alone reaches 207/7 = 29.57, short of 30.
        Assert.Equal(207.0 / 7.0, set.Baseline!.AtHorizon.Value, 10);
        Assert.Equal(GapDirection.Adverse, set.Baseline.GapToTarget!.Direction);
    }

    [Fact]
    public void Scenario_that_does_not_adjust_a_metric_follows_the_current_trend()
    {
        var data = PlanOf([Trust("A", null)], [Metric("m")], SixMonths, scenarios: [Scenario("other", 6, ("x", 50.0))]);
        var set = Run(data, "2024-06").Projections("A", "m");

        var other = Assert.Single(set.Scenarios);
        Assert.Equal(0.0, other.AnnualChangePercent);
        // t = 6: 159/7 with no adjustment; the baseline runs to the longest horizon, 6.
        Assert.Equal(159.0 / 7.0, other.AtHorizon.Value, 10);
        Assert.Equal(6, set.Baseline!.HorizonMonths);
        Assert.Null(other.GapToTarget);
    }

    [Fact]
    public void Only_the_latest_twelve_months_are_used()
    {
        // A wild value 13 months before the latest must not bend the line: the 12 months after it are flat at 50.
        var rows = "A,m,2023-06,1000\n" + string.Join('\n', Enumerable.Range(0, 12).Select(i => $"A,m,{P("2023-07").AddMonths(i)},50"));
        var set = Run(PlanOf([Trust("A", null)], [Metric("m")], rows), "2024-06").Projections("A", "m");

        Assert.Equal(0.0, set.Trend!.SlopePerMonth, 10);
        Assert.Equal(12, set.Trend.PointsUsed);
        Assert.Equal(P("2023-07"), set.Trend.From);
    }

    [Fact]
    public void Fewer_than_six_values_in_the_window_give_no_projection()
    {
        var set = Run(PlanOf([Trust("A", null)], [Metric("m")], """
            A,m,2024-02,12
            A,m,2024-03,11
            A,m,2024-04,*
            A,m,2024-05,14
            A,m,2024-06,16
            """), "2024-06").Projections("A", "m");

        Assert.Null(set.Trend);
        Assert.Null(set.Baseline);
        Assert.Empty(set.All);
    }

    [Fact]
    public void Percent_projection_stays_at_or_below_100()
    {
        // Rises 5 points a month from 75 to 100; twelve months on the line would pass 100.
        var rows = string.Join('\n', Enumerable.Range(0, 6).Select(i => $"A,m,{P("2024-01").AddMonths(i)},{75 + (5 * i)}"));
        var set = Run(PlanOf([Trust("A", null)], [Metric("m", Unit.Percent)], rows), "2024-06").Projections("A", "m");

        Assert.Equal(100.0, set.Baseline!.AtHorizon.Value);
        Assert.All(set.Baseline.Points, p => Assert.InRange(p.Value, 0, 100));
    }
}
