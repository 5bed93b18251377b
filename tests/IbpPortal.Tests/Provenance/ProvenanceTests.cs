using IbpPortal.Diagnostics;
using IbpPortal.Model;
using IbpPortal.Provenance;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Provenance;

public sealed class ProvenanceTests : IDisposable
{
    private const string Portal = """
        -- portal.yml --
        reporting_period: 2019-02
        -- data/organisations.csv --
        code,name,type,icb,region,peer_group
        QAA,Test ICB,icb,,Test region,ICB
        RA1,Alpha NHS Trust,trust,QAA,Test region,Acute
        RA2,Bravo NHS Trust,trust,QAA,Test region,Acute
        -- data/metrics.csv --
        id,name,domain,unit,improvement,decimals,target,numerator,denominator,aggregate,description
        attend,A&E attendances,demand,count,neutral,0,,,,sum,All attendances.
        seen,Seen within 4 hours,performance,count,increase,0,,,,sum,Seen within four hours.
        ae_4hr,Four-hour performance,performance,percent,increase,1,95,seen,attend,none,Share seen within four hours.
        -- data/actuals.csv --
        org,metric,period,value
        RA1,seen,2019-01,88
        RA1,seen,2019-02,90
        RA1,attend,2019-01,100
        RA1,attend,2019-02,100
        RA2,seen,2019-01,70
        RA2,seen,2019-02,80
        RA2,attend,2019-01,100
        RA2,attend,2019-02,100
        -- data/plans.csv --
        org,metric,period,value
        RA1,seen,2019-02,92
        -- data/targets.csv --
        org,metric,period,value
        RA1,ae_4hr,2019-01,93
        -- input/index.md --
        ---
        title: Home
        ---
        Home.
        -- data/sources.yml --
        - file: actuals.csv
          as_at: 2019-04-12
          source: "NHS England A&E attendances and emergency admissions"
        """;

    private readonly SiteFixture _site = SiteFixture.Create(Portal);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_figure_on_the_sources_page_and_its_lookup_name_the_same_file_and_line()
    {
        Assert.True(_site.Build().Succeeded, string.Join("\n", _site.Messages));
        var row = _site.Page("/organisations/RA1/sources/").QuerySelector("#seen-actual")!;
        Assert.Equal("90", row.Children[3].TextContent.Trim());
        Assert.Contains("as at 12 April 2019", row.Children[4].TextContent, StringComparison.Ordinal);
        // The file and line are technical details (issue #21): in the disclosure's table, not the leader's.
        var lines = _site.Page("/organisations/RA1/sources/").QuerySelector("#technical-details #table-lines tr[data-metric='seen'][data-series='actual']")!;
        Assert.Contains("data/actuals.csv:3", lines.TextContent, StringComparison.Ordinal);

        var fixture = PlanDataFixture.Load(_site.Root, new Period(2019, 2));
        var figure = fixture.Provenance.Lookup("RA1", "seen", new Period(2019, 2));
        Assert.Equal(DerivationKind.Reported, figure.Kind);
        Assert.Equal([new SourceLocation("data/actuals.csv", 3)], figure.Locations);
        Assert.Equal(new DateOnly(2019, 4, 12), Assert.Single(figure.Sources).AsAt);

        var json = _site.File("data/provenance/RA1.json");
        Assert.Contains("\"line\": 3", json, StringComparison.Ordinal);
        Assert.Contains(_site.Page("/organisations/RA1/sources/").QuerySelector("#data-hash")!.TextContent, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Derived_figures_say_how_they_were_worked_out_and_from_which_lines()
    {
        var fixture = PlanDataFixture.Load(_site.Root, new Period(2019, 2));
        var ratio = fixture.Provenance.Lookup("RA1", "ae_4hr", new Period(2019, 2));
        Assert.Equal(DerivationKind.Ratio, ratio.Kind);
        Assert.Equal([3, 5], ratio.Locations.Select(l => l.Line));

        var icb = fixture.Provenance.Lookup("QAA", "ae_4hr", new Period(2019, 2));
        Assert.Equal(DerivationKind.AggregatedRatio, icb.Kind);
        Assert.Equal(85.0, icb.Value.Number, 6);
        Assert.Equal([3, 5, 7, 9], icb.Locations.Select(l => l.Line));
        Assert.Contains("2 trusts (RA1, RA2)", icb.Derivation, StringComparison.Ordinal);

        var sum = fixture.Provenance.Lookup("QAA", "seen", new Period(2019, 1));
        Assert.Equal(DerivationKind.Aggregate, sum.Kind);
        Assert.Equal([2, 6], sum.Locations.Select(l => l.Line));

        Assert.Equal(new SourceLocation("data/plans.csv", 2), Assert.Single(fixture.Provenance.Lookup("RA1", "seen", new Period(2019, 2), FigureSeries.Plan).Locations));
        Assert.Equal(new SourceLocation("data/targets.csv", 2), Assert.Single(fixture.Provenance.Lookup("RA1", "ae_4hr", new Period(2019, 2), FigureSeries.Target).Locations));
        Assert.Equal(DerivationKind.NationalTarget, fixture.Provenance.Lookup("RA2", "ae_4hr", new Period(2019, 2), FigureSeries.Target).Kind);
    }

    [Fact]
    public void A_pack_figure_from_another_month_must_be_labelled()
    {
        var march = new Period(2019, 3);
        var findings = ReportingPeriodCheck.Check(march,
        [
            new PackFigure("scorecard: Four-hour performance", "RA1", "ae_4hr", march),
            new PackFigure("scorecard: Beds open", "RA1", "beds", new Period(2019, 2)),
            new PackFigure("scorecard: Staff", "RA1", "staff_wte", new Period(2019, 2), "Feb 2019"),
        ]);
        var finding = Assert.Single(findings);
        Assert.Equal("beds", finding.Figure.Metric);
        var diagnostic = finding.ToDiagnostic(SourceLocation.File("board-packs/RA1/2019-03.pdf"));
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(ProvenanceCodes.MixedPeriods, diagnostic.Code);
        Assert.Contains("February 2019 in a pack for March 2019", diagnostic.Message, StringComparison.Ordinal);
    }
}
