using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

public class AnalyserTests
{
    [Fact]
    public void Empty_data_gives_an_empty_model()
    {
        var model = Run(PlanData.Empty, "2024-06");

        Assert.Empty(model.Organisations);
        Assert.Empty(model.Metrics);
        Assert.Empty(model.MetricsByDomain);
        Assert.Equal(P("2024-06"), model.ReportingPeriod);
    }

    [Fact]
    public void Organisation_with_no_data_for_a_metric_gets_empty_results()
    {
        var model = Run(PlanOf([Trust("A", null)], [Metric("m")]), "2024-06");

        Assert.True(model.Actual("A", "m").IsEmpty);
        Assert.Empty(model.Spc("A", "m").Points);
        Assert.Null(model.Gaps("A", "m").AsAt);
        Assert.Null(model.Projections("A", "m").Fit);
        Assert.Empty(model.Scorecard("A").Domains);
    }

    [Fact]
    public void Unknown_codes_are_reported_by_name()
    {
        var model = Run(PlanOf([Trust("A", null)], [Metric("m")]), "2024-06");

        var error = Assert.Throws<KeyNotFoundException>(() => model.Actual("ZZZ", "m"));
        Assert.Contains("ZZZ", error.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => model.Benchmark("nope", P("2024-06")));
        Assert.Null(model.FindOrganisation("ZZZ"));
    }

    [Fact]
    public void Organisations_are_each_icb_followed_by_its_trusts_and_metrics_by_domain_then_name()
    {
        var model = Run(PlanOf(
            [Trust("R2", "Q2", name: "Zeta"), Icb("Q2", "Beta ICB"), Trust("R1", "Q1", name: "Alpha"), Icb("Q1", "Alpha ICB"), Trust("R3", "Q1", name: "Acorn"), Trust("R9", null, name: "Orphan")],
            [Metric("b", domain: Domain.Finance, name: "Budget"), Metric("z", domain: Domain.Demand, name: "Zoo"), Metric("a", domain: Domain.Demand, name: "Arrivals")]),
            "2024-06");

        Assert.Equal(["Q1", "R3", "R1", "Q2", "R2", "R9"], model.Organisations.Select(o => o.Code));
        Assert.Equal(["R3", "R1"], model.TrustsOf("Q1").Select(o => o.Code));
        Assert.Equal(["Q1", "Q2"], model.Icbs.Select(o => o.Code));
        Assert.Equal(["a", "z", "b"], model.Metrics.Select(m => m.Id));
        Assert.Equal([Domain.Demand, Domain.Finance], model.MetricsByDomain.Select(d => d.Domain));
    }

    [Fact]
    public void Spc_receives_the_series_with_targets_and_the_rebases_for_the_org_and_for_everyone()
    {
        var calls = new List<(IReadOnlyList<SpcInputPoint> Series, Improvement Improvement, IReadOnlyCollection<Period> RebaseAt)>();
        SpcFunction spy = (series, improvement, rebaseAt, options) =>
        {
            lock (calls)
            {
                calls.Add((series, improvement, rebaseAt));
            }

            return FakeSpc(series, improvement, rebaseAt, options);
        };
        Rebase[] rebases =
        [
            new("A", "m", P("2024-03"), "new pathway", new SourceLocation("data/rebase.csv", 2)),
            new("*", "m", P("2024-02"), "national change", new SourceLocation("data/rebase.csv", 3)),
            new("B", "m", P("2024-02"), "other trust", new SourceLocation("data/rebase.csv", 4)),
        ];
        var data = PlanOf([Trust("A", null)], [Metric("m", improvement: Improvement.Decrease, target: 5)], """
            A,m,2024-01,1
            A,m,2024-02,2
            A,m,2024-03,3
            """, targets: "A,m,2024-03,4", rebases: rebases);

        var model = Run(data, "2024-03", spy);

        var call = Assert.Single(calls);
        Assert.Equal(Improvement.Decrease, call.Improvement);
        Assert.Equal([P("2024-02"), P("2024-03")], call.RebaseAt);
        Assert.Equal([5.0, 5.0, 4.0], call.Series.Select(p => p.Target!.Value));
        Assert.Equal(3, model.Spc("A", "m").Points.Count);
    }

    [Fact]
    public void Scorecard_for_a_single_organisation_groups_rows_by_domain()
    {
        var data = PlanOf(
            [Trust("A", null)],
            [Metric("att", domain: Domain.Demand), Metric("pct", Unit.Percent, domain: Domain.Performance, target: 95), Metric("unused")],
            """
            A,att,2024-05,100
            A,att,2024-06,120
            A,pct,2024-06,80
            """,
            plans: "A,att,2024-06,110");
        var card = Run(data, "2024-06").Scorecard("A");

        Assert.Equal([Domain.Demand, Domain.Performance], card.Domains.Select(d => d.Domain));
        var att = card.Domains[0].Rows.Single();
        Assert.Equal(120.0, att.Latest.Number);
        Assert.Equal(110.0, att.Plan.Number);
        Assert.Equal(10.0, att.Variance!.Size);
        // A count is a volume: not ranked (before issue #18 it was "1 of 1, Q1").
        Assert.Equal((null, null, null), (att.Rank, att.RankOutOf, att.Quartile));
        Assert.Equal(IbpPortal.Analyse.Benchmarking.RankWithheld.Volume, att.Withheld);
        Assert.Equal(VariationIcon.CommonCause, att.Variation);
        Assert.True(att.ShortSeries);
        var pct = card.Domains[1].Rows.Single();
        Assert.Equal(95.0, pct.Target);
        // One figure has no moving range: no SPC chart, so no variation or assurance icon (issue 19: the sample's one RTT
        // month was called "common cause").
        Assert.Equal((VariationIcon.None, AssuranceIcon.None), (pct.Variation, pct.Assurance));
        Assert.Null(pct.Variance);
    }

    [Fact]
    public void Analysis_is_the_same_on_every_run()
    {
        var orgs = new List<Organisation> { Icb("Q1") };
        orgs.AddRange(Enumerable.Range(0, 30).Select(i => Trust($"R{i:D2}", "Q1", i % 2 == 0 ? "acute" : "community")));
        var rows = string.Join('\n',
            from org in orgs.Skip(1)
            from month in Enumerable.Range(0, 24)
            select $"{org.Code},m,{P("2023-01").AddMonths(month)},{(org.Code.GetHashCode(StringComparison.Ordinal) & 0xff) + month % 7}");
        var data = PlanOf(orgs, [Metric("m", improvement: Improvement.Decrease)], rows, scenarios: [Scenario("s", 12, ("m", 3.0))]);

        var first = Run(data, "2024-12");
        var second = Run(data, "2024-12");

        foreach (var org in orgs)
        {
            Assert.Equal(Summary(first, org.Code), Summary(second, org.Code));
        }
    }

    private static string Summary(AnalysisModel model, string org)
    {
        var row = model.Scorecard(org).Rows.Single();
        var projection = model.Projections(org, "m").Scenarios.Single().AtHorizon;
        return $"{row.Latest} {row.Rank} {row.Quartile} {projection} {model.Benchmark("m", P("2024-12")).Trusts.Median}";
    }
}
