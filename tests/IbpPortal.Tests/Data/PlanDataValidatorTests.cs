using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;

namespace IbpPortal.Tests.Data;

public class PlanDataValidatorTests
{
    [Fact]
    public void Unknown_organisation_suggests_the_nearest_code_and_counts_its_other_rows()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/plans.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-02,17000
            RJ3,ae_attendances,2025-02,17000
            RJ3,ae_attendances,2025-03,17000
            RJ3,ae_attendances,2025-04,17000
            """);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.UnknownOrganisation, "data/plans.csv", 3);
        Assert.Equal("organisation 'RJ3' is not in data/organisations.csv — did you mean 'RJ1'? (2 more rows in this file name it)", error.Message);
    }

    [Fact]
    public void Unknown_metric_suggests_the_nearest_id()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendance,2025-02,17000
            """);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.UnknownMetric, "data/actuals.csv", 2);
        Assert.Equal("metric 'ae_attendance' is not in data/metrics.csv — did you mean 'ae_attendances'?", error.Message);
    }

    [Fact]
    public void Star_organisation_is_allowed_in_targets_and_rebase_but_not_in_actuals()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/targets.csv --
            org,metric,period,value
            *,ae_4hr,2025-03,78
            XYZ,ae_4hr,2025-03,78
            -- data/rebase.csv --
            org,metric,period,reason
            *,ae_attendances,2024-04,
            RJ1,ae_4hrs,2024-04,
            -- data/actuals.csv --
            org,metric,period,value
            *,ae_attendances,2025-03,1
            """);
        var (_, diagnostics) = portal.Load();
        Assert.Equal(
            ["data/actuals.csv:2: IBP2201", "data/rebase.csv:3: IBP2202", "data/targets.csv:3: IBP2201"],
            diagnostics.Select(d => $"{d.Location}: {d.Code}"));
    }

    [Fact]
    public void Duplicate_key_in_one_file_names_both_lines()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendances,2025-02,17000
            RJ1,ae_attendances,2025-03,18104
            RJ1,ae_attendances,2025-02,17001
            """);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.DuplicateObservation, "data/actuals.csv", 4);
        Assert.Equal("RJ1 ae_attendances 2025-02 is given twice (also at line 2)", error.Message);
    }

    [Fact]
    public void Duplicate_organisation_code_and_metric_id_are_errors()
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write("data/organisations.csv", TempPortal.Valid["data/organisations.csv"] + "\nRJ1,Guy's again,trust,QKK,London,\n");
        portal.Write("data/metrics.csv", TempPortal.Valid["data/metrics.csv"] + "\nae_attendances,Again,demand,count,neutral,0,,,,sum,\n");
        var (_, diagnostics) = portal.Load();
        Assert.Contains("also at line 3", DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.DuplicateOrganisation, "data/organisations.csv", 5).Message, StringComparison.Ordinal);
        Assert.Contains("also at line 2", DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.DuplicateMetric, "data/metrics.csv", 5).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_in_a_monthly_series_is_a_warning_naming_the_missing_months()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_attendances,2024-11,1
            RJ1,ae_attendances,2025-03,5
            RJ1,ae_attendances,2024-12,2
            RJ1,ae_attendances,2025-05,7
            """);
        var (_, diagnostics) = portal.Load();
        var warning = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.SeriesGap, "data/actuals.csv", 3);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("actuals for RJ1 ae_attendances have no row for 2025-01 to 2025-02, 2025-04", warning.Message);
    }

    [Fact]
    public void Ratio_metric_parts_must_be_known_count_metrics_and_come_in_pairs()
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write("data/metrics.csv", TempPortal.Valid["data/metrics.csv"] + """

            r_unknown,Unknown part,performance,percent,increase,1,,ae_within_4hrs,ae_attendances,,
            r_percent,Percent part,performance,percent,increase,1,,ae_4hr,ae_attendances,,
            r_half,Half a ratio,performance,percent,increase,1,,ae_within_4hr,,,

            """);
        var (_, diagnostics) = portal.Load();
        Assert.Contains("did you mean 'ae_within_4hr'?", DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.RatioPartUnknown, "data/metrics.csv", 5).Message, StringComparison.Ordinal);
        Assert.Contains("itself a ratio", DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.RatioPartNotCount, "data/metrics.csv", 6).Message, StringComparison.Ordinal);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.RatioIncomplete, "data/metrics.csv", 7);
    }

    [Fact]
    public void Ratio_part_measured_in_another_unit_is_not_a_count()
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write("data/metrics.csv", TempPortal.Valid["data/metrics.csv"] + """

            spend,Spend,finance,gbp,neutral,0,,,,sum,
            cost_per_attendance,Cost per attendance,finance,gbp,decrease,2,,spend,ae_attendances,,

            """);
        var (_, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.RatioPartNotCount, "data/metrics.csv", 6);
        Assert.Contains("measured in gbp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ratio_metric_with_its_own_actuals_is_a_warning()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/actuals.csv --
            org,metric,period,value
            RJ1,ae_4hr,2025-02,71.2
            RJ1,ae_4hr,2025-03,72.0
            """);
        var (_, diagnostics) = portal.Load();
        var warning = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.RatioHasActuals, "data/actuals.csv", 2);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Fact]
    public void Trust_and_icb_links_are_checked()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/organisations.csv --
            code,name,type,icb,region,peer_group
            QKK,NHS South East London ICB,icb,,London,
            QMJ,NHS North Central London ICB,icb,QKK,London,
            RJ1,Guy's and St Thomas',trust,QKX,London,
            RJ2,Lewisham and Greenwich,trust,RJ1,London,
            RAL,Royal Free London,trust,,London,
            """);
        var (_, diagnostics) = portal.Load();
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.IcbHasParent, "data/organisations.csv", 3);
        Assert.Contains("did you mean 'QKK'?", DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.TrustIcbUnknown, "data/organisations.csv", 4).Message, StringComparison.Ordinal);
        Assert.Contains("that is a trust (line 4)", DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.TrustIcbNotIcb, "data/organisations.csv", 5).Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.TrustWithoutIcb, "data/organisations.csv", 6).Severity);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("7")]
    public void Decimals_outside_zero_to_six_are_an_error(string decimals)
    {
        using var portal = TempPortal.WithValidDataAnd();
        portal.Write("data/metrics.csv", TempPortal.Valid["data/metrics.csv"] + $"\nbeds,Beds,capacity,count,neutral,{decimals},,,,sum,\n");
        var (_, diagnostics) = portal.Load();
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.DecimalsOutOfRange, "data/metrics.csv", 5);
    }

    [Fact]
    public void Meets_demand_must_name_a_known_metric()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description,meets_demand
            ae_attendances,A&E attendances,demand,count,neutral,0,,,,sum,,
            ae_capacity,A&E capacity,capacity,count,increase,0,,,,sum,,ae_attendance
            """);
        var (data, diagnostics) = portal.Load();
        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.MeetsDemandUnknown, "data/metrics.csv", 3);
        Assert.Contains("did you mean 'ae_attendances'?", error.Message, StringComparison.Ordinal);
        Assert.Equal("ae_attendance", data.Metrics[1].MeetsDemand);
    }

    [Fact]
    public void Scenario_problems_are_all_reported()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/scenarios.yml --
            - id: growth
              name: Growth
              horizon_months: 0
              adjustments:
                ae_attendence: 3
            - id: growth
              name: Growth again
              horizon_months: 121
            """);
        var (_, diagnostics) = portal.Load();
        Assert.Equal(
            [
                "data/scenarios.yml:1: IBP2216",
                "data/scenarios.yml:1: IBP2217",
                "data/scenarios.yml:6: IBP2217",
                "data/scenarios.yml:6: IBP2218",
            ],
            diagnostics.Select(d => $"{d.Location}: {d.Code}"));
        Assert.Contains("did you mean 'ae_attendances'?", diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_code_is_unique_in_its_range_and_documented()
    {
        var fields = typeof(DataDiagnosticCodes).GetFields();
        var codes = fields.Select(f => (string)f.GetValue(null)!).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.InRange(int.Parse(c[3..]), 2001, 2399));
        Assert.All(codes, c => Assert.StartsWith("IBP", c));
    }
}
