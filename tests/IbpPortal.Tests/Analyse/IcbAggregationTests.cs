using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

/// <summary>Issue #18: an ICB figure is made by the metric's declared rule; a percentage without counts or a weight gets none.</summary>
public class IcbAggregationTests
{
    private static readonly List<Organisation> System = [Icb("Q1"), Trust("A", "Q1"), Trust("B", "Q1")];

    [Fact]
    public void Percentage_weighted_by_beds_is_the_beds_weighted_mean_not_the_average()
    {
        // A: 90% of 100 beds; B: 80% of 300 beds. Weighted: (0.9 × 100 + 0.8 × 300) / 400 = 330 / 400 = 82.5%.
        // The unweighted average, 85%, is what the ICB figure was before (QWO's 94.1% was such an average).
        var metrics = new[] { Metric("occ", Unit.Percent, aggregate: AggregateRule.Mean) with { Weight = "beds" }, Metric("beds") };
        var model = Run(PlanOf(System, metrics, "A,occ,2024-04,90\nB,occ,2024-04,80\nA,beds,2024-04,100\nB,beds,2024-04,300"), "2024-04");

        Assert.Equal(82.5, model.Actual("Q1", "occ").At(P("2024-04")).Number, 10);
    }

    [Fact]
    public void Percentage_without_counts_or_a_weight_gets_no_icb_figure()
    {
        var model = Run(PlanOf(System, [Metric("rtt", Unit.Percent, aggregate: AggregateRule.Mean)], "A,rtt,2024-04,90\nB,rtt,2024-04,80"), "2024-04");

        Assert.True(model.Actual("Q1", "rtt").IsEmpty);
        Assert.False(model.Metrics[0].HasIcbFigure);
    }

    [Fact]
    public void A_trust_with_a_figure_but_no_weight_leaves_the_icb_without_one()
    {
        var metrics = new[] { Metric("occ", Unit.Percent, aggregate: AggregateRule.Mean) with { Weight = "beds" }, Metric("beds") };
        var model = Run(PlanOf(System, metrics, "A,occ,2024-04,90\nB,occ,2024-04,80\nA,beds,2024-04,100\nB,beds,2024-04,*"), "2024-04");

        Assert.False(model.Actual("Q1", "occ").At(P("2024-04")).HasValue);
    }

    [Fact]
    public void Ratio_metric_is_the_ratio_of_sums()
    {
        // 90 of 100 and 10 of 50: 100 of 150 = 66.67%, not the 55% an average of 90% and 20% gives.
        var metrics = new[] { Metric("seen"), Metric("all"), Metric("pct", Unit.Percent, numerator: "seen", denominator: "all", aggregate: AggregateRule.None) };
        var model = Run(PlanOf(System, metrics, "A,seen,2024-04,90\nA,all,2024-04,100\nB,seen,2024-04,10\nB,all,2024-04,50"), "2024-04");

        Assert.Equal(100.0 / 150 * 100, model.Actual("Q1", "pct").At(P("2024-04")).Number, 10);
    }
}
