using IbpPortal.Load.Data;

namespace IbpPortal.Tests.Data;

/// <summary>Issue #18: a demand and capacity pair must be like for like; <c>per</c> and <c>weight</c> must name usable metrics.</summary>
public class MetricSizeValidationTests
{
    private const string Header = "id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description,meets_demand,per,weight";

    [Fact]
    public void Capacity_in_another_unit_than_its_demand_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd($"""
            -- data/metrics.csv --
            {Header}
            referrals,GP referrals,demand,count,neutral,0,,,,sum,,,,
            beds,Beds,capacity,wte,increase,0,,,,sum,,referrals,,
            """);
        var (_, diagnostics) = portal.Load();

        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.MeetsDemandUnitMismatch, "data/metrics.csv", 3);
        Assert.Contains("(wte) meets demand 'referrals' (count)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_must_name_a_size_measure_and_be_given_only_for_a_volume()
    {
        using var portal = TempPortal.WithValidDataAnd($"""
            -- data/metrics.csv --
            {Header}
            beds,Beds,capacity,count,increase,0,,,,sum,,,,
            complaints,Complaints,quality,count,decrease,0,,,,sum,,,100 bed,
            occupancy,Occupancy,capacity,percent,decrease,1,,,,mean,,,beds,beds
            falls,Falls,quality,count,decrease,0,,,,sum,,,per beds,
            """);
        var (data, diagnostics) = portal.Load();

        Assert.Contains("did you mean 'beds'?", At(diagnostics, DataDiagnosticCodes.PerInvalidMetric, 3).Message, StringComparison.Ordinal);
        Assert.Contains("is not a volume", At(diagnostics, DataDiagnosticCodes.PerInvalidMetric, 4).Message, StringComparison.Ordinal);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.InvalidPer, "data/metrics.csv", 5);
        Assert.Equal(100, data.Metrics[1].PerScale);
    }

    [Fact]
    public void Weight_must_name_a_count_and_apply_to_an_average()
    {
        using var portal = TempPortal.WithValidDataAnd($"""
            -- data/metrics.csv --
            {Header}
            beds,Beds,capacity,count,increase,0,,,,sum,,,,
            occupancy,Occupancy,capacity,percent,decrease,1,,,,mean,,,,bed
            spend,Spend,finance,gbp,decrease,0,,,,sum,,,,beds
            """);
        var (_, diagnostics) = portal.Load();

        Assert.Contains("did you mean 'beds'?", At(diagnostics, DataDiagnosticCodes.WeightInvalid, 3).Message, StringComparison.Ordinal);
        Assert.Contains("aggregate is not mean", At(diagnostics, DataDiagnosticCodes.WeightInvalid, 4).Message, StringComparison.Ordinal);
    }

    private static Diagnostics.Diagnostic At(IReadOnlyList<Diagnostics.Diagnostic> diagnostics, string code, int line) =>
        Assert.Single(diagnostics, d => d.Code == code && d.Location.Path == "data/metrics.csv" && d.Location.Line == line);
}
