using IbpPortal.Analyse.Spc;
using IbpPortal.Charts;
using IbpPortal.Load.Data;
using IbpPortal.Model;
using IbpPortal.Tests.Data;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

/// <summary>Quarterly measures (KH03 beds): stored at the quarter's last month, validated as quarters, SPC over quarters.</summary>
public sealed class QuarterlyMeasureTests
{
    [Theory]
    [InlineData("2024-06", "Apr–Jun 2024", "Q1 2024/25")]
    [InlineData("2024-09", "Jul–Sep 2024", "Q2 2024/25")]
    [InlineData("2024-12", "Oct–Dec 2024", "Q3 2024/25")]
    [InlineData("2025-03", "Jan–Mar 2025", "Q4 2024/25")]
    public void A_quarter_is_labelled_by_its_months_and_its_financial_quarter(string end, string months, string financial)
    {
        Assert.Equal(months, P(end).ToQuarterDisplay());
        Assert.Equal(financial, P(end).ToFinancialQuarter());
        Assert.Equal(months, P(end).ToDisplay(MetricFrequency.Quarterly));
        Assert.Equal(P(end).ToShortDisplay(), P(end).ToDisplay(MetricFrequency.Monthly));
    }

    [Fact]
    public void Chart_ticks_of_a_quarter_name_its_months()
    {
        Assert.Equal("Jul–Sep 24", ValueFormatter.QuarterTick(P("2024-09")));
    }

    [Fact]
    public void Spc_runs_over_the_quarters_only_with_limits_from_quarter_to_quarter_ranges()
    {
        // Occupied beds per quarter 10, 12, 11, 13, 14. By hand: mean 60 / 5 = 12; moving ranges 2, 1, 2, 1, mean 1.5;
        // limits 12 ± 2.66 × 1.5 = 8.01 and 15.99. Were the months between quarters points, there would be 13 of them.
        var beds = Metric("ga_beds_occupied") with { Frequency = MetricFrequency.Quarterly };
        var data = PlanOf([Icb("QWO"), Trust("RAE", "QWO")], [beds], """
            RAE,ga_beds_occupied,2023-09,10
            RAE,ga_beds_occupied,2023-12,12
            RAE,ga_beds_occupied,2024-03,11
            RAE,ga_beds_occupied,2024-06,13
            RAE,ga_beds_occupied,2024-09,14
            """);
        var spc = Run(data, "2024-12", SpcCalculator.Calculate).Spc("RAE", "ga_beds_occupied");
        Assert.Equal(["2023-09", "2023-12", "2024-03", "2024-06", "2024-09"], spc.Points.Select(p => p.Period.ToString()));
        Assert.All(spc.Points, p => Assert.Equal(12, p.Mean!.Value, 9));
        Assert.Equal(15.99, spc.Points[0].Upl!.Value, 9);
        Assert.Equal(8.01, spc.Points[0].Lpl!.Value, 9);
    }

    [Fact]
    public void A_ratio_of_quarterly_counts_is_analysed_over_quarters()
    {
        // Occupancy = occupied ÷ available × 100: 80/100 = 80, 90/100 = 90, 85/100 = 85 (by hand).
        var quarterly = MetricFrequency.Quarterly;
        var metrics = new[]
        {
            Metric("ga_beds_available") with { Frequency = quarterly },
            Metric("ga_beds_occupied") with { Frequency = quarterly },
            Metric("ga_occupancy", Unit.Percent, Improvement.Decrease, AggregateRule.None, "ga_beds_occupied", "ga_beds_available") with { Frequency = quarterly },
        };
        var data = PlanOf([Icb("QWO"), Trust("RAE", "QWO")], metrics, """
            RAE,ga_beds_available,2024-06,100
            RAE,ga_beds_available,2024-09,100
            RAE,ga_beds_available,2024-12,100
            RAE,ga_beds_occupied,2024-06,80
            RAE,ga_beds_occupied,2024-09,90
            RAE,ga_beds_occupied,2024-12,85
            """);
        var spc = Run(data, "2024-12", SpcCalculator.Calculate).Spc("RAE", "ga_occupancy");
        Assert.Equal([80.0, 90.0, 85.0], spc.Points.Select(p => p.Value.Number));
    }

    [Fact]
    public void A_quarterly_row_off_a_quarter_end_is_an_error_and_three_month_steps_are_no_gap()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description,meets_demand,frequency
            ae_attendances,A&E attendances,demand,count,neutral,0,,,,sum,All A&E types,,
            ga_beds_available,G&A beds available,capacity,count,neutral,0,,,,sum,KH03,,quarterly
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ga_beds_available,2024-06,1200
            RJ1,ga_beds_available,2024-09,1247
            RJ1,ga_beds_available,2024-12,1267
            RJ2,ga_beds_available,2024-06,800
            RJ2,ga_beds_available,2024-10,810
            RJ2,ga_beds_available,2025-03,820
            """);
        var (data, diagnostics) = portal.Load();
        Assert.Equal(MetricFrequency.Quarterly, data.Metrics.Single(m => m.Id == "ga_beds_available").Frequency);
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.QuarterlyOffQuarter, "data/actuals.csv", 6);
        Assert.Contains("2024-10, which is not the last month of a quarter", error.Message, StringComparison.Ordinal);

        // RJ1's quarters follow each other: no gap. RJ2 skips 2024-09 and 2024-12 between 2024-06 and 2025-03.
        Assert.DoesNotContain(diagnostics, d => d.Code == DataDiagnosticCodes.SeriesGap && d.Message.Contains("RJ1", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_frequency_is_reported()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description,frequency
            ae_attendances,A&E attendances,demand,count,neutral,0,,,,sum,All A&E types,yearly
            """);
        var (_, diagnostics) = portal.Load(validate: false);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.UnknownFrequency, "data/metrics.csv", 2);
    }
}
