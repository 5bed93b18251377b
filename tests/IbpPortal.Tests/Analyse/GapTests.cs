using IbpPortal.Analyse.Gaps;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

public class GapTests
{
    [Fact]
    public void Month_gap_is_actual_minus_plan_with_direction_from_improvement()
    {
        var waits = Metric("waits", improvement: Improvement.Decrease);
        var model = Run(PlanOf([Trust("A", null)], [waits], "A,waits,2024-06,95", plans: "A,waits,2024-06,100"), "2024-06");
        var gap = model.Gaps("A", "waits").PlanMonth!;

        // 95 − 100 = −5, −5 / 100 = −5%; fewer waits than planned is favourable.
        Assert.Equal(-5.0, gap.Size);
        Assert.Equal(-5.0, gap.Percent);
        Assert.Equal(GapDirection.Favourable, gap.Direction);
    }

    [Fact]
    public void Year_to_date_sums_counts_from_april()
    {
        var model = Run(PlanOf([Trust("A", null)], [Metric("att")], """
            A,att,2024-03,999
            A,att,2024-04,100
            A,att,2024-05,110
            A,att,2024-06,120
            """, plans: """
            A,att,2024-03,1
            A,att,2024-04,100
            A,att,2024-05,100
            A,att,2024-06,100
            """), "2024-06");
        var gap = model.Gaps("A", "att").PlanYearToDate!;

        // April to June: actual 100 + 110 + 120 = 330, plan 300 (March is last year): +30, +10%.
        Assert.Equal(GapBasis.Sum, gap.Basis);
        Assert.Equal((P("2024-04"), P("2024-06")), (gap.From, gap.To));
        Assert.Equal(330.0, gap.Actual);
        Assert.Equal(300.0, gap.Comparator);
        Assert.Equal(10.0, gap.Percent!.Value, 10);
        Assert.Equal(GapDirection.Favourable, gap.Direction);
    }

    [Fact]
    public void Year_to_date_of_a_ratio_metric_is_the_ratio_of_the_years_sums()
    {
        Metric[] metrics = [Metric("seen"), Metric("att"), Metric("pct", Unit.Percent, numerator: "seen", denominator: "att")];
        var model = Run(PlanOf([Trust("A", null)], metrics, """
            A,seen,2024-04,90
            A,att,2024-04,100
            A,seen,2024-05,10
            A,att,2024-05,50
            """, plans: """
            A,seen,2024-04,80
            A,att,2024-04,100
            A,seen,2024-05,40
            A,att,2024-05,50
            """), "2024-05");
        var gap = model.Gaps("A", "pct").PlanYearToDate!;

        // Actual (90 + 10) / (100 + 50) = 66.67%, plan (80 + 40) / 150 = 80%: −13.33 points, adverse.
        // (The mean of monthly ratios would have given (90 + 20) / 2 = 55% against 80%.)
        Assert.Equal(GapBasis.RatioOfSums, gap.Basis);
        Assert.Equal(100.0 / 150 * 100, gap.Actual, 10);
        Assert.Equal(80.0, gap.Comparator, 10);
        Assert.Equal((100.0 - 120.0) / 150 * 100, gap.Size, 10);
        Assert.Equal(GapDirection.Adverse, gap.Direction);
    }

    [Fact]
    public void Year_to_date_of_days_is_the_mean_of_months()
    {
        var los = Metric("los", Unit.Days, Improvement.Decrease, AggregateRule.Mean);
        var model = Run(PlanOf([Trust("A", null)], [los], """
            A,los,2024-04,4
            A,los,2024-05,5
            """, plans: """
            A,los,2024-04,5
            A,los,2024-05,5
            """), "2024-05");
        var gap = model.Gaps("A", "los").PlanYearToDate!;

        // (4 + 5) / 2 = 4.5 against 5: −0.5 days, −10%, favourable for a decrease metric.
        Assert.Equal(GapBasis.Mean, gap.Basis);
        Assert.Equal(-0.5, gap.Size);
        Assert.Equal(-10.0, gap.Percent);
        Assert.Equal(GapDirection.Favourable, gap.Direction);
    }

    [Fact]
    public void No_year_to_date_gap_when_a_month_lacks_a_figure()
    {
        var model = Run(PlanOf([Trust("A", null)], [Metric("att")], """
            A,att,2024-04,100
            A,att,2024-05,*
            A,att,2024-06,120
            """, plans: """
            A,att,2024-04,100
            A,att,2024-05,100
            A,att,2024-06,100
            """), "2024-06");
        var gaps = model.Gaps("A", "att");

        Assert.Null(gaps.PlanYearToDate);
        Assert.NotNull(gaps.PlanMonth);
    }

    [Fact]
    public void Gaps_are_taken_at_the_latest_month_with_an_actual()
    {
        var model = Run(PlanOf([Trust("A", null)], [Metric("att")], """
            A,att,2024-04,100
            A,att,2024-05,
            """, plans: """
            A,att,2024-04,90
            A,att,2024-05,90
            """), "2024-05");
        var gaps = model.Gaps("A", "att");

        Assert.Equal(P("2024-04"), gaps.AsAt);
        Assert.Equal(10.0, gaps.PlanMonth!.Size);
    }

    [Fact]
    public void Target_gap_uses_the_target_in_force_and_neutral_metrics_have_no_direction()
    {
        var pct = Metric("pct", Unit.Percent, target: 95);
        var occupancy = Metric("occ", Unit.Percent, Improvement.Neutral, AggregateRule.Mean, target: 92);
        var model = Run(PlanOf([Trust("A", null)], [pct, occupancy], """
            A,pct,2024-06,71.5
            A,occ,2024-06,94
            """, targets: "*,pct,2024-04,78"), "2024-06");

        // 71.5 − 78 = −6.5 points, adverse.
        var target = model.Gaps("A", "pct").Target!;
        Assert.Equal(78.0, target.Comparator);
        Assert.Equal(-6.5, target.Size);
        Assert.Equal(GapDirection.Adverse, target.Direction);
        Assert.Equal(GapDirection.None, model.Gaps("A", "occ").Target!.Direction);
    }

    [Fact]
    public void Demand_and_capacity_gap_is_capacity_minus_demand_each_month()
    {
        var demand = Metric("referrals", domain: Domain.Demand);
        var capacity = Metric("clinic_slots", domain: Domain.Capacity, meetsDemand: "referrals");
        var model = Run(PlanOf([Trust("A", null)], [demand, capacity], """
            A,referrals,2024-04,110
            A,clinic_slots,2024-04,100
            A,referrals,2024-05,90
            A,clinic_slots,2024-05,100
            """, plans: """
            A,referrals,2024-07,100
            A,clinic_slots,2024-07,105
            """), "2024-05");
        var gaps = model.Gaps("A", "clinic_slots");

        // April 100 − 110 = −10 (short, adverse); May 100 − 90 = +10 (favourable). Planned July +5.
        Assert.Equal([-10.0, 10.0], gaps.DemandCapacity.Select(g => g.Size));
        Assert.Equal([GapDirection.Adverse, GapDirection.Favourable], gaps.DemandCapacity.Select(g => g.Direction));
        Assert.Equal(10.0, gaps.LatestDemandCapacity!.Size);
        Assert.Equal(5.0, Assert.Single(gaps.PlannedDemandCapacity).Size);
        Assert.Empty(model.Gaps("A", "referrals").DemandCapacity);
    }
}
