using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Scenarios;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

// Every expected value below was worked out by hand (or with a few lines of Python for the powers),
// from the method in docs/scenario-method.md, never from the projector's own output.
public class ScenarioTests
{
    private static string Monthly(string org, string metric, string from, IEnumerable<double> values) =>
        string.Join('\n', values.Select((v, i) => FormattableString.Invariant($"{org},{metric},{P(from).AddMonths(i)},{v}")));

    private static readonly double[] Pattern = [120, 110, 100, 90, 80, 80, 90, 100, 100, 110, 110, 110];

    [Fact]
    public void Three_percent_a_year_on_a_flat_series_is_three_percent_after_twelve_months()
    {
        var data = PlanOf([Trust("A", null)], [Metric("m")], Monthly("A", "m", "2022-01", Enumerable.Repeat(100.0, 36)),
            scenarios: [Scenario("growth", 12, ("m", 3.0))]);
        var set = Run(data, "2024-12").Projections("A", "m");

        // Flat at 100: no trend (no year-on-year change at all), the baseline stays at 100.
        Assert.Null(set.Fit!.AnnualTrend);
        Assert.Equal(100.0, set.Baseline!.AtHorizon.Value, 10);
        var growth = Assert.Single(set.Scenarios);
        Assert.Equal(103.0, growth.AtHorizon.Value, 10);
        // Six months on: 100 × 1.03^(6/12) = 101.4889 (√1.03 = 1.014889).
        Assert.Equal(101.4889, growth.Points[5].Value, 4);
    }

    [Fact]
    public void Every_projection_starts_from_the_latest_actual()
    {
        var rows = Monthly("A", "m", "2022-01", Enumerable.Repeat(100.0, 35)) + "\nA,m,2024-12,140";
        var set = Run(PlanOf([Trust("A", null)], [Metric("m")], rows, scenarios: [Scenario("s", 6)]), "2024-12").Projections("A", "m");

        Assert.All(set.All, p => Assert.Equal(new ProjectedPoint(P("2024-12"), 140), p.Start));
        Assert.All(set.All, p => Assert.Equal(P("2025-01"), p.Points[0].Period));
        Assert.All(set.All, p => Assert.Equal(P("2024-12"), p.FromLatestActual.First().Period));
    }

    [Fact]
    public void Baseline_is_the_same_month_last_year_scaled_to_the_recent_level()
    {
        // 2023 follows the pattern (mean 100); 2024 the same but Jan and Feb 5 lower: 2 falls, no rises, so no trend.
        var year2 = Pattern.Select((v, i) => i < 2 ? v - 5 : v);
        var data = PlanOf([Trust("A", null)], [Metric("m")], Monthly("A", "m", "2023-01", Pattern.Concat(year2)));
        var set = Run(data, "2024-12").Projections("A", "m");

        Assert.Equal(BaselineMethod.SeasonalScaled, set.Fit!.Method);
        Assert.Null(set.Fit.AnnualTrend);
        // M(Dec 2024) = (1200 − 10) / 12 = 1190/12. Jan 2025 = x(Jan 2024) × M(Dec 2024) / M(Jan 2024):
        // M(Jan 2024) = (1200 − 120 + 115) / 12 = 1195/12, so 115 × 1190 / 1195 = 114.5188.
        Assert.Equal(115.0 * 1190 / 1195, set.Baseline!.Points[0].Value, 10);
        // Mar 2025: M(Mar 2024) = (1200 − 330 + 320) / 12 = 1190/12 = M(Dec 2024), so exactly last March, 100.
        Assert.Equal(100.0, set.Baseline.Points[2].Value, 10);
        // Jun 2025: 80, as last June; Dec 2025: 110, as last December.
        Assert.Equal(80.0, set.Baseline.Points[5].Value, 10);
        Assert.Equal(110.0, set.Baseline.Points[11].Value, 10);
    }

    [Fact]
    public void A_steady_rise_is_carried_forward_as_a_damped_trend()
    {
        // x = 100, 101, … 123 from Jan 2023 to Dec 2024: every year-on-year change is +12, so the trend is supported.
        // M(Dec 2024) = 117.5, M(Dec 2023) = 105.5, trend = 117.5/105.5 − 1 = 0.113744 a year.
        // Damped months after 12: 0.9 × (1 − 0.9^12) / 0.1 = 6.458134. Dec 2025 = 123 × (117.5/105.5)^(6.458134/12) = 130.3419.
        // Jan 2025: 112 × 117.5 / 106.5 = 123.5681 before trend; × (117.5/105.5)^(0.9/12) = 124.5705.
        var data = PlanOf([Trust("A", null)], [Metric("m")], Monthly("A", "m", "2023-01", Enumerable.Range(0, 24).Select(i => 100.0 + i)));
        var set = Run(data, "2024-12").Projections("A", "m");

        Assert.Equal(12.0 / 105.5, set.Fit!.AnnualTrend!.Value, 10);
        Assert.Equal(124.5705, set.Baseline!.Points[0].Value, 3);
        Assert.Equal(130.3419, set.Baseline.AtHorizon.Value, 3);
    }

    [Fact]
    public void A_falling_seasonal_year_is_not_extrapolated_as_a_falling_line()
    {
        // Two identical seasonal years that fall from 120 in January to 80 in June: a straight line fitted to
        // the latest 12 months would fall; the baseline repeats the year, so December 2025 is last December's 110.
        var data = PlanOf([Trust("A", null)], [Metric("m")], Monthly("A", "m", "2023-01", Pattern.Concat(Pattern)),
            scenarios: [Scenario("do-nothing", 12, ("m", 3.0))]);
        var set = Run(data, "2024-12").Projections("A", "m");

        Assert.Equal(110.0, set.Baseline!.AtHorizon.Value, 10);
        // +3% a year on the repeated year: 110 × 1.03 = 113.3, above the latest actual, as "demand grows" says.
        Assert.Equal(113.3, set.Scenarios[0].AtHorizon.Value, 10);
    }

    [Fact]
    public void Ratio_metric_moves_with_its_numerator_and_denominator()
    {
        // 900 of 1,000 seen within four hours every month: 90%. +5% a year on the numerator and +1% on the
        // denominator give 945 / 1,010 = 93.5644% after 12 months; +1% on the denominator alone gives 900 / 1,010 = 89.1089%.
        var rows = Monthly("A", "seen", "2023-01", Enumerable.Repeat(900.0, 24)) + "\n" + Monthly("A", "all", "2023-01", Enumerable.Repeat(1000.0, 24));
        var metrics = new[] { Metric("seen"), Metric("all"), Metric("pct", Unit.Percent, numerator: "seen", denominator: "all", aggregate: AggregateRule.None) };
        var data = PlanOf([Trust("A", null)], metrics, rows,
            scenarios: [Scenario("flow", 12, ("seen", 5.0), ("all", 1.0)), Scenario("demand", 12, ("all", 1.0))]);
        var set = Run(data, "2024-12").Projections("A", "pct");

        Assert.True(set.FromParts);
        Assert.Equal(90.0, set.Baseline!.AtHorizon.Value, 10);
        Assert.Equal(945.0 / 1010 * 100, set.Scenarios[0].AtHorizon.Value, 10);
        Assert.Equal(900.0 / 1010 * 100, set.Scenarios[1].AtHorizon.Value, 10);
        Assert.True(set.Scenarios[0].IsAdjusted);
        Assert.Equal(5.0, set.Scenarios[0].NumeratorChangePercent);
        Assert.Equal(0.0, set.Scenarios[0].AnnualChangePercent);
    }

    [Fact]
    public void Percent_projection_stays_at_or_below_100()
    {
        // Flat at 98%: +5% a year would give 102.9% after 12 months; a percentage stops at 100.
        var data = PlanOf([Trust("A", null)], [Metric("m", Unit.Percent)], Monthly("A", "m", "2023-01", Enumerable.Repeat(98.0, 24)),
            scenarios: [Scenario("up", 12, ("m", 5.0))]);
        var set = Run(data, "2024-12").Projections("A", "m");

        Assert.Equal(100.0, set.Scenarios[0].AtHorizon.Value);
        Assert.All(set.Scenarios[0].Points, p => Assert.InRange(p.Value, 0, 100));
    }

    [Fact]
    public void Projection_is_compared_with_plan_and_target_at_the_horizon()
    {
        var data = PlanOf([Trust("A", null)], [Metric("m", target: 105)], Monthly("A", "m", "2023-01", Enumerable.Repeat(100.0, 24)),
            plans: "A,m,2025-12,102", scenarios: [Scenario("growth", 12, ("m", 3.0))]);
        var growth = Run(data, "2024-12").Projections("A", "m").Scenarios[0];

        // 103 against a plan of 102: +1, favourable; against the target of 105: −2, adverse.
        Assert.Equal(102.0, growth.PlanAtHorizon);
        Assert.Equal(1.0, growth.GapToPlan!.Size, 10);
        Assert.Equal(GapDirection.Favourable, growth.GapToPlan.Direction);
        Assert.Equal(-2.0, growth.GapToTarget!.Size, 10);
        Assert.Equal(GapDirection.Adverse, growth.GapToTarget.Direction);
    }

    [Fact]
    public void Short_series_is_flat_at_the_mean_of_the_latest_three_figures()
    {
        // Eight months, too few for a seasonal shape: (14 + 16 + 18) / 3 = 16.
        var set = Run(PlanOf([Trust("A", null)], [Metric("m")], Monthly("A", "m", "2024-05", [10, 12, 11, 15, 13, 14, 16, 18])), "2024-12").Projections("A", "m");

        Assert.Equal(BaselineMethod.Flat, set.Fit!.Method);
        Assert.All(set.Baseline!.Points, p => Assert.Equal(16.0, p.Value, 10));
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

        Assert.Null(set.Fit);
        Assert.Null(set.Baseline);
        Assert.Empty(set.All);
    }

    [Fact]
    public void Money_that_goes_negative_is_scaled_by_differences()
    {
        // A deficit: −50 every month of 2023, then −60 from Jul 2024 (a zero or negative month means differences, not ratios).
        // M(Dec 2024) = (6 × −50 + 6 × −60) / 12 = −55; Jan 2025 = x(Jan 2024) + M(Dec 2024) − M(Jan 2024) = −50 + (−55) − (−50) = −55.
        var values = Enumerable.Repeat(-50.0, 18).Concat(Enumerable.Repeat(-60.0, 6));
        var set = Run(PlanOf([Trust("A", null)], [Metric("m", Unit.Gbp)], Monthly("A", "m", "2023-01", values)), "2024-12").Projections("A", "m");

        Assert.True(set.Fit!.Additive);
        Assert.Equal(-55.0, set.Baseline!.Points[0].Value, 10);
        Assert.Equal(-60.0, set.Baseline.Points[11].Value, 10);
    }
}
