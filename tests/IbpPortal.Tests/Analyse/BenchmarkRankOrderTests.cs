using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Tests.Analyse;

/// <summary>The rank order made from the ascending order equals a full sort by the rank comparers, ties and all.</summary>
public class BenchmarkRankOrderTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Rank_order_from_the_ascending_order_equals_sorting_by_the_rank_comparer(bool lowerFirst)
    {
        var random = new Random(7);
        for (var trial = 0; trial < 200; trial++)
        {
            // Few distinct values, so that most figures tie; names listed in an order unrelated to the tie order.
            var count = random.Next(0, 30);
            var ties = Enumerable.Range(0, count).OrderBy(_ => random.Next()).ToArray();
            var figures = Enumerable.Range(0, count)
                .Select(i => new BenchmarkFigure(Org("T" + i), random.Next(0, 5) * 0.5, ties[i], count - 1 - i))
                .ToList();
            var ascending = figures.ToArray();
            Array.Sort(ascending, BenchmarkFigure.Ascending);

            var expected = figures.ToList();
            expected.Sort(lowerFirst ? BenchmarkFigure.LowestFirst : BenchmarkFigure.HighestFirst);

            Assert.Equal(expected.Select(f => f.Org.Code), Benchmarker.RankOrder(ascending, lowerFirst).Select(f => f.Org.Code));
        }
    }

    [Fact]
    public void Highest_first_puts_ties_in_tie_order_not_reversed()
    {
        // 5 (tie 2), 5 (tie 0), 3 (tie 1): highest first gives the two fives by tie (0 then 2), then the three.
        BenchmarkFigure[] ascending =
        [
            new(Org("C"), 3, 1, 0),
            new(Org("A"), 5, 2, 1),
            new(Org("B"), 5, 0, 2),
        ];

        Assert.Equal(["B", "A", "C"], Benchmarker.RankOrder(ascending, lowerFirst: false).Select(f => f.Org.Code));
        Assert.Equal(["C", "B", "A"], Benchmarker.RankOrder(ascending, lowerFirst: true).Select(f => f.Org.Code));
    }

    private static Organisation Org(string code) => new(code, code, OrgType.Trust, null, "Region", string.Empty, SourceLocation.File("data/organisations.csv"));
}
