using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

public class SeriesDerivationTests
{
    private static readonly Metric Seen = Metric("seen_4hr");
    private static readonly Metric Attendances = Metric("attendances");
    private static readonly Metric FourHour = Metric("ae_4hr", Unit.Percent, numerator: "seen_4hr", denominator: "attendances");

    [Fact]
    public void Ratio_metric_is_numerator_over_denominator_times_100_for_a_percent()
    {
        var model = Run(PlanOf([Trust("RA1", null)], [Seen, Attendances, FourHour], """
            RA1,seen_4hr,2024-04,45
            RA1,attendances,2024-04,60
            """), "2024-04");

        // 45 / 60 = 0.75 → 75%
        Assert.Equal(75.0, model.Actual("RA1", "ae_4hr").At(P("2024-04")).Number, 10);
    }

    [Theory]
    [InlineData("*", "60", ValueKind.Suppressed)]
    [InlineData("", "*", ValueKind.Suppressed)]
    [InlineData("", "60", ValueKind.Missing)]
    [InlineData("-", "*", ValueKind.NotApplicable)]
    [InlineData("45", "0", ValueKind.Missing)]
    public void Ratio_month_is_absent_with_the_most_informative_kind(string numerator, string denominator, ValueKind expected)
    {
        var model = Run(PlanOf([Trust("RA1", null)], [Seen, Attendances, FourHour], $"""
            RA1,seen_4hr,2024-04,{numerator}
            RA1,attendances,2024-04,{denominator}
            """), "2024-04");

        Assert.Equal(expected, model.Actual("RA1", "ae_4hr").At(P("2024-04")).Kind);
    }

    [Fact]
    public void Suppressed_month_in_a_ratio_leaves_the_other_months_computed()
    {
        var model = Run(PlanOf([Trust("RA1", null)], [Seen, Attendances, FourHour], """
            RA1,seen_4hr,2024-04,30
            RA1,attendances,2024-04,40
            RA1,seen_4hr,2024-05,*
            RA1,attendances,2024-05,40
            RA1,seen_4hr,2024-06,36
            RA1,attendances,2024-06,40
            """), "2024-06");
        var series = model.Actual("RA1", "ae_4hr");

        // 30/40 = 75%, suppressed, 36/40 = 90%
        Assert.Equal([75.0, double.NaN, 90.0], series.Select(p => p.Value.Number));
        Assert.Equal(ValueKind.Suppressed, series[1].Value.Kind);
    }

    [Fact]
    public void Icb_ratio_is_the_ratio_of_summed_counts_not_the_mean_of_trust_ratios()
    {
        var model = Run(PlanOf([Icb("QAA"), Trust("RA1", "QAA"), Trust("RB2", "QAA")], [Seen, Attendances, FourHour], """
            RA1,seen_4hr,2024-04,90
            RA1,attendances,2024-04,100
            RB2,seen_4hr,2024-04,10
            RB2,attendances,2024-04,50
            """), "2024-04");

        // Trusts: 90/100 = 90% and 10/50 = 20%; mean of ratios would be 55%.
        // ICB: (90 + 10) / (100 + 50) = 100/150 = 66.666…%
        Assert.Equal(100.0 / 150.0 * 100.0, model.Actual("QAA", "ae_4hr").At(P("2024-04")).Number, 10);
    }

    [Fact]
    public void Icb_sum_is_missing_for_a_month_one_trust_did_not_submit()
    {
        var model = Run(PlanOf([Icb("QAA"), Trust("RA1", "QAA"), Trust("RB2", "QAA")], [Attendances], """
            RA1,attendances,2024-04,10
            RA1,attendances,2024-05,12
            RA1,attendances,2024-06,14
            RB2,attendances,2024-04,5
            RB2,attendances,2024-05,
            RB2,attendances,2024-06,*
            """), "2024-06");
        var icb = model.Actual("QAA", "attendances");

        // April 10 + 5 = 15; May has no RB2 figure, so no ICB figure rather than a partial 12; June suppressed.
        Assert.Equal(15.0, icb.At(P("2024-04")).Number);
        Assert.Equal(ValueKind.Missing, icb.At(P("2024-05")).Kind);
        Assert.Equal(ValueKind.Suppressed, icb.At(P("2024-06")).Kind);
    }

    [Fact]
    public void Icb_sum_leaves_out_trusts_with_no_rows_and_months_not_applicable()
    {
        var model = Run(PlanOf([Icb("QAA"), Trust("RA1", "QAA"), Trust("RB2", "QAA"), Trust("RC3", "QAA")], [Attendances], """
            RA1,attendances,2024-04,10
            RB2,attendances,2024-04,-
            """), "2024-04");

        // RC3 has no attendances rows (no A&E), RB2's month does not apply: 10.
        Assert.Equal(10.0, model.Actual("QAA", "attendances").At(P("2024-04")).Number);
    }

    [Fact]
    public void Icb_mean_averages_its_trusts_and_none_gives_no_icb_figure()
    {
        var los = Metric("los", Unit.Days, Improvement.Decrease, AggregateRule.Mean);
        var beds = Metric("beds", aggregate: AggregateRule.None);
        var model = Run(PlanOf([Icb("QAA"), Trust("RA1", "QAA"), Trust("RB2", "QAA")], [los, beds], """
            RA1,los,2024-04,4
            RB2,los,2024-04,6
            RA1,beds,2024-04,300
            RB2,beds,2024-04,200
            """), "2024-04");

        // (4 + 6) / 2 = 5 days
        Assert.Equal(5.0, model.Actual("QAA", "los").At(P("2024-04")).Number);
        Assert.True(model.Actual("QAA", "beds").IsEmpty);
    }

    [Fact]
    public void Icb_rows_of_its_own_are_used_instead_of_aggregating()
    {
        var model = Run(PlanOf([Icb("QAA"), Trust("RA1", "QAA")], [Attendances], """
            RA1,attendances,2024-04,10
            QAA,attendances,2024-04,99
            """), "2024-04");

        Assert.Equal(99.0, model.Actual("QAA", "attendances").At(P("2024-04")).Number);
    }

    [Fact]
    public void Series_fills_unsubmitted_months_and_ignores_actuals_after_the_reporting_period()
    {
        var model = Run(PlanOf([Trust("RA1", null)], [Attendances], """
            RA1,attendances,2024-01,1
            RA1,attendances,2024-03,3
            RA1,attendances,2024-05,5
            """, plans: """
            RA1,attendances,2024-05,5
            RA1,attendances,2024-09,9
            """), "2024-04");
        var actual = model.Actual("RA1", "attendances");

        Assert.Equal([P("2024-01"), P("2024-02"), P("2024-03")], actual.Select(p => p.Period));
        Assert.Equal(ValueKind.Missing, actual[1].Value.Kind);
        Assert.Equal(P("2024-09"), model.Plan("RA1", "attendances").End);
    }

    [Fact]
    public void Org_specific_target_overrides_the_everyone_row_which_overrides_the_national_target()
    {
        var metric = Metric("ae_4hr", Unit.Percent, target: 95);
        var model = Run(PlanOf([Trust("RA1", null), Trust("RB2", null)], [metric], targets: """
            *,ae_4hr,2024-04,76
            RA1,ae_4hr,2024-10,80
            RB2,ae_4hr,2025-01,-
            """), "2024-04");

        Assert.Equal(95.0, model.Target("RA1", "ae_4hr", P("2024-03")));
        Assert.Equal(76.0, model.Target("RA1", "ae_4hr", P("2024-09")));
        Assert.Equal(80.0, model.Target("RA1", "ae_4hr", P("2025-03")));
        Assert.Equal(76.0, model.Target("RB2", "ae_4hr", P("2024-12")));
        Assert.Null(model.Target("RB2", "ae_4hr", P("2025-02")));
    }
}
