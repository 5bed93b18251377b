using IbpPortal.Load.Data;

namespace IbpPortal.Tests.Data;

/// <summary>Values that cannot be true for their unit (issue 24): each is reported at its file and line.</summary>
public class ValueRangeTests
{
    [Theory]
    [InlineData("ae_attendances", "-1", "is -1, outside 0 to 1,000,000,000 for a metric in counts")]
    [InlineData("ae_attendances", "1.7e308", "is 1.7E+308, outside 0 to 1,000,000,000 for a metric in counts")]
    [InlineData("ae_attendances", "1000000001", "outside 0 to 1,000,000,000")]
    [InlineData("ae_4hr", "100.5", "is 100.5%, but 'ae_4hr' is a share (ae_within_4hr / ae_attendances) and must lie from 0 to 100")]
    [InlineData("ae_4hr", "-0.1", "is -0.1%, but 'ae_4hr' is a share")]
    public void A_plan_value_its_unit_cannot_take_is_an_error_at_its_line(string metric, string value, string expected)
    {
        using var portal = TempPortal.WithValidDataAnd($"""
            -- data/plans.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-04,17000
            RJ1,{metric},2025-05,{value}
            """);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.ValueOutOfRange, "data/plans.csv", 3);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1000000000")]
    [InlineData("0.5")]
    public void Values_at_and_inside_the_bounds_of_a_count_are_accepted(string value)
    {
        using var portal = TempPortal.WithValidDataAnd($"""
            -- data/plans.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-05,{value}
            """);
        DiagnosticAssert.None(portal.Load().Diagnostics);
    }

    [Fact]
    public void A_percentage_that_is_not_a_share_only_warns_once_per_metric_outside_0_to_100()
    {
        // Bed occupancy above 100% happens when escalation beds open; change on last year can be negative.
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
            ae_attendances,A&E attendances,demand,count,neutral,0,,,,sum,All A&E types
            occupancy,Bed occupancy,capacity,percent,decrease,1,92,,,mean,
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,occupancy,2025-01,99
            RJ1,occupancy,2025-02,103.2
            RJ1,occupancy,2025-03,101
            RJ1,occupancy,2025-04,-2
            """);
        var (_, diagnostics) = portal.Load();
        var warning = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.PercentOutsideRange, "data/actuals.csv", 3);
        Assert.Equal(Diagnostics.Severity.Warning, warning.Severity);
        Assert.StartsWith("RJ1 occupancy 2025-02 is 103.2% (2 more rows of this file", warning.Message, StringComparison.Ordinal);
        Assert.Contains("bed occupancy", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_whose_numerator_is_larger_than_its_denominator_names_both_lines()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-03,100
            RJ1,ae_within_4hr,2025-03,120
            RJ1,ae_attendances,2025-04,100
            RJ1,ae_within_4hr,2025-04,100
            """);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.NumeratorAboveDenominator, "data/actuals.csv", 3);
        Assert.Equal("RJ1 ae_within_4hr 2025-03 is 120, more than ae_attendances 100 (line 2), so 'ae_4hr' would be above 100%", error.Message);
    }

    [Fact]
    public void A_metric_target_out_of_range_is_an_error_on_its_metrics_line()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
            ae_attendances,A&E attendances,demand,count,neutral,0,-5,,,sum,All A&E types
            """);
        var (_, diagnostics) = portal.Load();
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.ValueOutOfRange, "data/metrics.csv", 2);
    }

    [Fact]
    public void A_year_before_1900_says_the_year_is_out_of_range()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/plans.csv --
            org,metric,period,value
            RJ1,ae_attendances,1899-12,17000
            """);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.InvalidPeriod, "data/plans.csv", 2);
        Assert.Equal("'period' is '1899-12', which is written YYYY-MM but its year 1899 is out of range: the earliest year accepted is 1900", error.Message);
    }
}
