using IbpPortal.Load.Data;

namespace IbpPortal.Tests.Data;

/// <summary>The optional ownership columns of metrics.csv and the optional data/quality.csv, read and checked.</summary>
public class QualityAndOwnershipTests
{
    [Fact]
    public void Ratings_lead_committee_and_tolerance_are_read()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description,plan_tolerance,executive_lead,committee
            ae_attendances,A&E attendances,demand,count,neutral,0,,,,sum,All A&E types,,,
            ae_within_4hr,Seen within 4 hours,performance,count,increase,0,,,,sum,,,,
            ae_4hr,Four-hour performance,performance,percent,increase,1,78,ae_within_4hr,ae_attendances,,Share,2.5,Chief Operating Officer,Quality Committee
            -- data/quality.csv --
            org,metric,timeliness,completeness,validation,process,verdict
            RJ1,ae_4hr,Good,fair,poor,good,limited
            """);
        var (data, diagnostics) = portal.Load();

        DiagnosticAssert.None(diagnostics);
        var metric = data.Metrics.Single(m => m.Id == "ae_4hr");
        Assert.Equal((2.5, "Chief Operating Officer", "Quality Committee"), (metric.PlanTolerance, metric.ExecutiveLead, metric.Committee));
        var rating = Assert.Single(data.QualityRatings);
        Assert.Equal("Limited (timeliness good, completeness fair, validation poor, process good)", rating.Summary);
    }

    [Fact]
    public void A_word_that_is_not_a_rating_names_the_allowed_words()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/quality.csv --
            org,metric,timeliness,completeness,validation,process,verdict
            RJ1,ae_4hr,good,good,good,good,assured
            RJ1,ae_4hr,good,good,ok,good,assured
            """);
        var (_, diagnostics) = portal.Load();

        var error = DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.QualityRating, "data/quality.csv", 3);
        Assert.Contains("good, fair, poor", error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_rated_twice_and_an_unknown_organisation_are_errors()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/quality.csv --
            org,metric,timeliness,completeness,validation,process,verdict
            RJ1,ae_4hr,good,good,good,good,assured
            RJ1,ae_4hr,fair,good,good,good,reasonable
            ZZ9,ae_4hr,fair,good,good,good,reasonable
            """);
        var (_, diagnostics) = portal.Load();

        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.QualityDuplicate, "data/quality.csv", 3);
        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.UnknownOrganisation, "data/quality.csv", 4);
    }

    [Fact]
    public void A_negative_plan_tolerance_is_an_error()
    {
        using var portal = TempPortal.WithValidDataAnd("""
            -- data/metrics.csv --
            id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description,plan_tolerance
            ae_attendances,A&E attendances,demand,count,neutral,0,,,,sum,All A&E types,-1
            ae_within_4hr,Seen within 4 hours,performance,count,increase,0,,,,sum,,
            ae_4hr,Four-hour performance,performance,percent,increase,1,78,ae_within_4hr,ae_attendances,,Share,
            """);
        var (_, diagnostics) = portal.Load();

        DiagnosticAssert.Single(diagnostics, DataDiagnosticCodes.PlanToleranceNegative, "data/metrics.csv", 2);
    }
}
