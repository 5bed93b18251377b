using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Model;
using static IbpPortal.Tests.Analyse.Fixture;

namespace IbpPortal.Tests.Analyse;

public class BenchmarkTests
{
    [Fact]
    public void Quartile_inc_of_seven_values_interpolates_at_n_minus_1_times_p()
    {
        // Sorted: 3 4 7 9 12 15 20 (n = 7, positions 0..6), h = 6p.
        // Q1: h = 1.5 → 4 + 0.5 × (7 − 4) = 5.5; Q2: h = 3 → 9; Q3: h = 4.5 → 12 + 0.5 × (15 − 12) = 13.5.
        double[] sorted = [3, 4, 7, 9, 12, 15, 20];
        Assert.Equal(5.5, Quartiles.Inclusive(sorted, 0.25), 12);
        Assert.Equal(9.0, Quartiles.Inclusive(sorted, 0.5), 12);
        Assert.Equal(13.5, Quartiles.Inclusive(sorted, 0.75), 12);
    }

    [Fact]
    public void Quartile_inc_of_eight_values_matches_excel()
    {
        // Sorted: 2 4 4 5 7 9 10 12 (n = 8), h = 7p.
        // Q1: h = 1.75 → 4 + 0.75 × (4 − 4) = 4; Q2: h = 3.5 → 5 + 0.5 × (7 − 5) = 6; Q3: h = 5.25 → 9 + 0.25 × (10 − 9) = 9.25.
        double[] sorted = [2, 4, 4, 5, 7, 9, 10, 12];
        Assert.Equal(4.0, Quartiles.Inclusive(sorted, 0.25), 12);
        Assert.Equal(6.0, Quartiles.Inclusive(sorted, 0.5), 12);
        Assert.Equal(9.25, Quartiles.Inclusive(sorted, 0.75), 12);
    }

    [Theory]
    [InlineData(Improvement.Increase, "A=1 B=2 C=2 D=4 E=5")]
    [InlineData(Improvement.Decrease, "E=1 D=2 B=3 C=3 A=5")]
    [InlineData(Improvement.Neutral, "A=1 B=2 C=2 D=4 E=5")]
    public void Ties_share_a_rank_and_the_next_rank_is_skipped(Improvement improvement, string expected)
    {
        // Values A 95, B 90, C 90, D 85, E 80 (percentages). Increase: best first 95, 90, 90, 85, 80 → 1, 2, 2, 4, 5.
        // Decrease: best first 80, 85, 90, 90, 95 → E 1, D 2, B 3, C 3, A 5. Neutral: highest first like increase.
        var table = Table(improvement, "A,95", "B,90", "C,90", "D,85", "E,80");

        var ranks = string.Join(' ', table.Trusts.Rows.Select(r => $"{r.Organisation.Code}={r.Rank}"));
        Assert.Equal(expected, ranks);
        Assert.Equal(improvement != Improvement.Neutral, table.Trusts.IsJudgement);
    }

    [Theory]
    [InlineData(Improvement.Increase, "20:1 15:1 12:2 9:2 7:3 4:4 3:4")]
    [InlineData(Improvement.Decrease, "3:1 4:1 7:2 9:2 12:3 15:4 20:4")]
    public void Quartile_one_is_best_and_a_value_on_a_cut_point_takes_the_better_quartile(Improvement improvement, string expected)
    {
        // Cut points of 3 4 7 9 12 15 20 are 5.5, 9, 13.5 (see above).
        // Increase: ≥ 13.5 → 1 (20, 15); ≥ 9 → 2 (12, 9 on the cut); ≥ 5.5 → 3 (7); else 4 (4, 3).
        // Decrease: ≤ 5.5 → 1 (3, 4); ≤ 9 → 2 (7, 9 on the cut); ≤ 13.5 → 3 (12); else 4 (15, 20).
        var table = Table(improvement, "A,12", "B,3", "C,7", "D,20", "E,15", "F,9", "G,4");

        Assert.Equal(expected, string.Join(' ', table.Trusts.Rows.Select(r => $"{r.Value.Number}:{r.Quartile}")));
        Assert.Equal(9.0, table.Trusts.Median);
        Assert.Equal(5.5, table.Trusts.LowerQuartile);
        Assert.Equal(13.5, table.Trusts.UpperQuartile);
        Assert.Equal(7, table.Trusts.Count);
    }

    [Fact]
    public void Peer_group_median_uses_the_same_type_and_peer_group_only()
    {
        var metric = Metric("m");
        var model = Run(PlanOf(
            [Icb("QAA"), Trust("A", "QAA", "acute"), Trust("B", "QAA", "acute"), Trust("C", "QAA", "acute"), Trust("D", "QAA", "specialist")],
            [metric],
            """
            A,m,2024-04,10
            B,m,2024-04,20
            C,m,2024-04,60
            D,m,2024-04,100
            """), "2024-04");
        var table = model.Benchmark("m", P("2024-04"));

        // Acute 10 20 60 → median 20; specialist 100 → 100; national (trusts) 10 20 60 100 → h = 1.5 → 20 + 0.5 × 40 = 40.
        Assert.Equal(20.0, table.Trusts.Row("A")!.PeerGroupMedian);
        Assert.Equal(100.0, table.Trusts.Row("D")!.PeerGroupMedian);
        Assert.Equal(40.0, table.Trusts.Median);
        // The ICB (sum 190) is compared only with ICBs. A count is a volume: shown, with its median, but never ranked.
        Assert.Equal(190.0, table.Icbs.Rows.Single().Value.Number);
        Assert.Null(table.Icbs.Rows.Single().Rank);
        Assert.Equal(RankWithheld.Volume, table.Trusts.Withheld);
        Assert.All(table.Trusts.Rows, r => Assert.Equal((null, null, RankWithheld.Volume), (r.Rank, r.Quartile, r.Withheld)));
        Assert.Null(table.Trusts.Row("QAA"));
        Assert.Equal(3, table.Trusts.PeerGroups["acute"].Peers);
    }

    [Fact]
    public void Organisations_without_a_value_are_listed_last_with_no_rank()
    {
        var table = Table(Improvement.Increase, "A,5", "B,*", "C,7", "D,", "E,6", "F,8", "G,9");

        Assert.Equal(["G", "F", "C", "E", "A", "B", "D"], table.Trusts.Rows.Select(r => r.Organisation.Code));
        Assert.Equal([1, 2, 3, 4, 5, null, null], table.Trusts.Rows.Select(r => r.Rank));
        Assert.Equal(ValueKind.Suppressed, table.Trusts.Row("B")!.Value.Kind);
        Assert.Null(table.Trusts.Row("B")!.Quartile);
        Assert.Equal(RankWithheld.None, table.Trusts.Row("B")!.Withheld);
        Assert.Equal(5, table.Trusts.Count);
        Assert.Equal(5, table.Trusts.Scope.Peers);
    }

    [Fact]
    public void A_single_organisation_is_not_ranked_but_is_its_own_median()
    {
        // Before issue #18 it was "1 of 1, Q1 (best)".
        var table = Table(Improvement.Decrease, "A,42");

        var row = Assert.Single(table.Trusts.Rows);
        Assert.Null(row.Rank);
        Assert.Null(row.Quartile);
        Assert.Equal(RankWithheld.TooFewPeers, row.Withheld);
        Assert.Equal(42.0, table.Trusts.Median);
        Assert.Equal(42.0, row.PeerGroupMedian);
    }

    [Fact]
    public void A_month_without_data_gives_empty_groups()
    {
        var model = Run(PlanOf([Trust("A", null)], [Metric("m")], "A,m,2024-04,1"), "2024-04");

        var table = model.Benchmark("m", P("2023-01"));
        Assert.Empty(table.Trusts.Rows);
        Assert.Null(table.Trusts.Median);
        Assert.Equal([P("2024-04")], model.BenchmarkPeriods("m"));
    }

    [Fact]
    public void Four_organisations_are_too_few_to_rank_and_five_are_enough()
    {
        var four = Table(Improvement.Increase, "A,1", "B,2", "C,3", "D,4");
        var five = Table(Improvement.Increase, "A,1", "B,2", "C,3", "D,4", "E,5");

        Assert.Equal(RankWithheld.TooFewPeers, four.Trusts.Withheld);
        Assert.All(four.Trusts.Rows, r => Assert.Null(r.Quartile));
        Assert.Null(four.Trusts.LowerQuartile);
        // The median is still given, with its scope: 1 2 3 4 → h = 1.5 → 2.5.
        Assert.Equal(2.5, four.Trusts.Median);
        Assert.Equal("4 trusts in this portal", four.Trusts.Scope.Describe());
        Assert.Equal(RankWithheld.None, five.Trusts.Withheld);
        Assert.Equal(1, five.Trusts.Row("E")!.Rank);
        Assert.Equal("of 5 trusts in this portal", five.Trusts.Scope.OutOf);
    }

    [Fact]
    public void A_volume_with_a_size_measure_is_ranked_per_that_measure()
    {
        // Complaints per 100 beds: A 45 of 1,500 beds = 3.0; B 10 of 200 = 5.0; C 20 of 1,000 = 2.0; D 8 of 400 = 2.0;
        // E 30 of 600 = 5.0 (worked by hand). Lower is better: C and D 2.0 share rank 1, A 3, B and E 5.0 share rank 4.
        // Ranked on raw complaints, A (45) would have been last although only B and E do worse for their size.
        var orgs = new[] { "A", "B", "C", "D", "E" }.Select(c => Trust(c, null)).ToList();
        var rows = string.Join('\n', "A,c,2024-04,45", "B,c,2024-04,10", "C,c,2024-04,20", "D,c,2024-04,8", "E,c,2024-04,30",
            "A,beds,2024-04,1500", "B,beds,2024-04,200", "C,beds,2024-04,1000", "D,beds,2024-04,400", "E,beds,2024-04,600");
        var metrics = new[] { Metric("c", improvement: Improvement.Decrease) with { Per = "beds", PerScale = 100 }, Metric("beds") };
        var table = Run(PlanOf(orgs, metrics, rows), "2024-04").Benchmark("c", P("2024-04"));

        Assert.Equal("c per 100 beds", table.Compared.Name);
        Assert.Equal(3.0, table.Trusts.Row("A")!.Value.Number, 10);
        Assert.Equal([1, 1, 3, 4, 4], table.Trusts.Rows.Select(r => r.Rank));
        Assert.Equal(3, table.Trusts.Row("A")!.Rank);
        Assert.Equal(3.0, table.Trusts.Median!.Value, 10);
    }

    [Theory]
    [InlineData(Improvement.Increase, "T5=1 T3=2 T4=2 T2=2 T1=2 T6=6 T7=")]
    [InlineData(Improvement.Decrease, "T6=1 T3=2 T4=2 T2=2 T1=2 T5=6 T7=")]
    public void Equal_values_are_listed_by_name_then_code_whatever_the_portal_order(Improvement improvement, string expected)
    {
        // Names and ICBs (worked by hand): QAA has T2 "Beta", T3 "Alpha", T5 "Gamma"; QBB has T1 "alpha", T4 "Alpha",
        // T6 "Delta", T7 "Aardvark". The portal lists ICBs' trusts by name ignoring case: T3 T2 T5 | T7 T1 T4 T6.
        // Ties are broken by name compared ordinally (capitals first), then by code: "Alpha" T3, "Alpha" T4, "Beta" T2,
        // "alpha" T1, all at 50, sharing rank 2 (T5 at 70 is 1 on increase; T6 at 30 is 1 on decrease); T7 has no figure.
        // Figures 30 50 50 50 50 70: median h = 2.5 → 50.
        var model = Run(PlanOf(
            [Icb("QAA"), Icb("QBB"), Trust("T1", "QBB", name: "alpha"), Trust("T2", "QAA", name: "Beta"), Trust("T3", "QAA", name: "Alpha"),
             Trust("T4", "QBB", name: "Alpha"), Trust("T5", "QAA", name: "Gamma"), Trust("T6", "QBB", name: "Delta"), Trust("T7", "QBB", name: "Aardvark")],
            [Metric("m", Unit.Percent, improvement: improvement)],
            """
            T1,m,2024-04,50
            T2,m,2024-04,50
            T3,m,2024-04,50
            T4,m,2024-04,50
            T5,m,2024-04,70
            T6,m,2024-04,30
            T7,m,2024-04,
            """), "2024-04");
        var table = model.Benchmark("m", P("2024-04"));

        Assert.Equal(expected, string.Join(' ', table.Trusts.Rows.Select(r => $"{r.Organisation.Code}={r.Rank}")));
        Assert.Equal(50.0, table.Trusts.Median);
        Assert.Equal(6, table.Trusts.Count);
    }

    private static BenchmarkTable Table(Improvement improvement, params string[] values)
    {
        var orgs = values.Select(v => Trust(v.Split(',')[0], null)).ToList();
        var rows = string.Join('\n', values.Select(v => $"{v.Split(',')[0]},m,2024-04,{v.Split(',')[1]}"));
        return Run(PlanOf(orgs, [Metric("m", Unit.Percent, improvement: improvement)], rows), "2024-04").Benchmark("m", P("2024-04"));
    }
}
