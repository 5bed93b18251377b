using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

/// <summary>How the edition's reporting period and each measure's latest month interact (issue 19: RTT's only month after it, cancer before it).</summary>
public sealed class LatestMonthTests
{
    private static readonly Metric Within = Metric("rtt_within_18wk");
    private static readonly Metric Known = Metric("rtt_known_clock_start", improvement: Improvement.Neutral);
    private static readonly Metric Rtt = Metric("rtt_18wk", Unit.Percent, Improvement.Increase, AggregateRule.None, "rtt_within_18wk", "rtt_known_clock_start");
    private static readonly Metric Ae = Metric("ae_attendances", improvement: Improvement.Neutral);

    [Fact]
    public void Measure_with_figures_only_after_the_reporting_period_is_shown_at_its_latest_month()
    {
        // Edition: June 2025. RTT has January 2026 only (ahead of the edition); A&E has June and July 2025, and July belongs to
        // the next edition. RAE: 600 of 1,000 within 18 weeks = 60.0%; RR8: 700 of 1,000 = 70.0%.
        var data = PlanOf(
            [Icb("QWO"), Trust("RAE", "QWO"), Trust("RR8", "QWO")],
            [Within, Known, Rtt, Ae],
            "RAE,rtt_within_18wk,2026-01,600\nRAE,rtt_known_clock_start,2026-01,1000\n" +
            "RR8,rtt_within_18wk,2026-01,700\nRR8,rtt_known_clock_start,2026-01,1000\n" +
            "RAE,ae_attendances,2025-06,100\nRAE,ae_attendances,2025-07,120\nRR8,ae_attendances,2025-06,200\n");

        var model = Run(data, "2025-06");

        Assert.Equal(P("2026-01"), model.CutOff.Of("rtt_18wk"));
        Assert.True(model.CutOff.IsAhead("rtt_within_18wk"));
        Assert.Equal(P("2026-01"), model.LatestPeriod("rtt_18wk"));
        Assert.Equal(60.0, model.Actual("RAE", "rtt_18wk").At(P("2026-01")).Number, 9);
        var row = model.Scorecard("RAE").Rows.Single(r => r.Metric.Id == "rtt_18wk");
        Assert.Equal((P("2026-01"), 60.0), (row.Period, row.Latest.Number));

        // A&E keeps the edition's cut-off: July 2025 is not shown in the June 2025 edition.
        Assert.Equal(P("2025-06"), model.CutOff.Of("ae_attendances"));
        Assert.Equal(P("2025-06"), model.LatestPeriod("ae_attendances"));
        Assert.Equal(P("2025-06"), model.Actual("RAE", "ae_attendances").End);
    }

    [Fact]
    public void Measure_published_before_the_reporting_period_is_shown_at_its_latest_month()
    {
        // Cancer-like: figures end in March 2025; the edition reports June 2025. The benchmark is of March 2025, not an empty June.
        var data = PlanOf([Icb("QWO"), Trust("RAE", "QWO"), Trust("RR8", "QWO")], [Ae],
            "RAE,ae_attendances,2025-02,10\nRAE,ae_attendances,2025-03,11\nRR8,ae_attendances,2025-03,12\n");

        var model = Run(data, "2025-06");

        Assert.Equal(P("2025-03"), model.LatestPeriod("ae_attendances"));
        Assert.Equal(2, model.Benchmark("ae_attendances", model.LatestPeriod("ae_attendances")).Trusts.Rows.Count(r => r.Value.HasValue));
        Assert.Equal(P("2025-03"), model.Scorecard("RR8").Rows.Single().Period);
    }

    [Fact]
    public void Scorecard_names_the_trusts_place_among_acute_trusts_in_England_beside_the_portal_rank()
    {
        // Percentages by hand (within ÷ known × 100), January 2026, higher is better:
        // portal RAE 60, RR8 70; context acute R1H 80, RJ1 50, RJZ 65, R0A 90; NT4 (independent) 99 is left out.
        // Sorted: 50, 60, 65, 70, 80, 90 (6 trusts). RR8 (70): 2 higher (80, 90) -> 3rd of 6. RAE (60): 4 higher -> 5th of 6.
        // QUARTILE.INC: Q1 cut (25%) at position 1.25 = 60 + 0.25 × 5 = 61.25; median (65 + 70) / 2 = 67.5; Q3 cut (75%) at
        // position 3.75 = 70 + 0.75 × 10 = 77.5. RR8 70 ≥ 67.5 and < 77.5 -> quartile 2; RAE 60 < 61.25 -> quartile 4.
        var data = PlanOf(
            [Icb("QWO"), Trust("RAE", "QWO", "Medium acute"), Trust("RR8", "QWO", "Large acute")],
            [Within, Known, Rtt],
            Pct("RAE", 60) + Pct("RR8", 70)) with
        {
            ContextOrganisations =
            [
                Context("R1H", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("RJ1", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("RJZ", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("R0A", ContextOrganisation.NhsTrust, ContextOrganisation.Acute),
                Context("NT4", ContextOrganisation.Independent, string.Empty),
            ],
            ContextActuals = Rows(Pct("R1H", 80) + Pct("RJ1", 50) + Pct("RJZ", 65) + Pct("R0A", 90) + Pct("NT4", 99)),
        };

        var model = Run(data, "2025-06");

        var rr8 = model.Scorecard("RR8").Rows.Single(r => r.Metric.Id == "rtt_18wk");
        Assert.Equal((3, 6, 2), (rr8.England!.Rank, rr8.England.Count, rr8.England.Quartile));
        Assert.Equal("3 of 6 acute trusts in England, Jan 2026", rr8.England.Placing(MetricFrequency.Monthly));
        Assert.Null(rr8.Rank); // two trusts in the portal: fewer than five, so no portal rank, while England's 6 are enough
        var rae = model.Scorecard("RAE").Rows.Single(r => r.Metric.Id == "rtt_18wk");
        Assert.Equal((5, 4), (rae.England!.Rank!.Value, rae.England.Quartile!.Value));

        // Counts measure size: shown among England's trusts but never ranked there, whatever their improvement direction
        // (before this, a count with "increase" or "decrease" was ranked across England).
        var count = model.Scorecard("RR8").Rows.Single(r => r.Metric.Id == "rtt_within_18wk");
        Assert.Null(count.England!.Rank);
        Assert.Null(count.England.Placing(MetricFrequency.Monthly));

        // ICBs have no England-wide acute-trust comparison.
        Assert.All(model.Scorecard("QWO").Rows, r => Assert.Null(r.England));
    }

    [Fact]
    public void No_England_comparison_without_context_organisations()
    {
        var data = PlanOf([Icb("QWO"), Trust("RAE", "QWO", "Medium acute")], [Within, Known, Rtt], Pct("RAE", 60));
        Assert.Null(Run(data, "2025-06").Scorecard("RAE").Rows.Single(r => r.Metric.Id == "rtt_18wk").England);
    }

    private static string Pct(string org, double within) =>
        $"{org},rtt_within_18wk,2026-01,{within}\n{org},rtt_known_clock_start,2026-01,100\n";

    private static ContextOrganisation Context(string code, string type, string sector) => new(code, code, type, sector, string.Empty, string.Empty);
}
