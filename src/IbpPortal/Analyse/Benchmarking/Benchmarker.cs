using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Ranks and places in quartiles the organisations of one type for a metric and month.</summary>
/// <remarks>
/// Listed: every organisation of the type with any data for the metric; those without a number that month
/// are listed with no rank. Ranks follow the improvement direction (highest first for increase and neutral,
/// lowest first for decrease) with standard competition ranking on exact values. Quartile cut points are
/// QUARTILE.INC at 25%, 50% and 75% of the values; a value on a cut point goes to the better quartile.
/// No rank or quartile is given for a raw volume (<see cref="Metric.IsRankable"/>) or among fewer than
/// <see cref="Metric.MinimumRankedPeers"/> organisations with a figure; the median is still given, with its scope.
/// </remarks>
internal static class Benchmarker
{
    /// <summary>The comparison of <paramref name="members"/> (all of one type) in <paramref name="period"/>.</summary>
    public static BenchmarkGroup Compare(
        Metric metric,
        Period period,
        OrgType type,
        IReadOnlyList<(Organisation Org, MonthlySeries Series)> members,
        BenchmarkScope scope = BenchmarkScope.Portal,
        string? scopeName = null) =>
        Compare(metric, period, type, new BenchmarkMembers(members), scope, scopeName);

    /// <summary>The comparison of <paramref name="members"/> (all of one type, ordered once for every month) in <paramref name="period"/>.</summary>
    public static BenchmarkGroup Compare(
        Metric metric,
        Period period,
        OrgType type,
        BenchmarkMembers members,
        BenchmarkScope scope = BenchmarkScope.Portal,
        string? scopeName = null)
    {
        var (ascending, without) = Figures(members, period);
        var values = Array.ConvertAll(ascending, f => f.Value);
        var peerGroups = PeerGroups(ascending);
        var peerMedians = peerGroups.ToDictionary(g => g.Key, g => g.Value.Median, StringComparer.Ordinal);
        var withheld = !metric.IsRankable ? RankWithheld.Volume
            : ascending.Length < Metric.MinimumRankedPeers ? RankWithheld.TooFewPeers
            : RankWithheld.None;

        var lowerFirst = metric.Improvement == Improvement.Decrease && withheld == RankWithheld.None;
        var figures = RankOrder(ascending, lowerFirst);

        var quartiles = values.Length > 0 && withheld == RankWithheld.None;
        double? q1 = quartiles ? Quartiles.Inclusive(values, 0.25) : null;
        double? q2 = values.Length > 0 ? Quartiles.Inclusive(values, 0.5) : null;
        double? q3 = quartiles ? Quartiles.Inclusive(values, 0.75) : null;

        var rows = new List<BenchmarkRow>(members.Count);
        var rank = 0;
        for (var i = 0; i < figures.Length; i++)
        {
            var (org, value) = (figures[i].Org, figures[i].Value);
            if (i == 0 || value != figures[i - 1].Value)
            {
                rank = i + 1;
            }

            if (withheld != RankWithheld.None)
            {
                rows.Add(new BenchmarkRow(org, DataValue.Of(value), null, null, PeerMedian(peerMedians, org), withheld));
                continue;
            }

            var quartile = QuartileOf(value, q1!.Value, q2!.Value, q3!.Value, lowerFirst);
            rows.Add(new BenchmarkRow(org, DataValue.Of(value), rank, quartile, PeerMedian(peerMedians, org)));
        }

        foreach (var (org, value) in without)
        {
            rows.Add(new BenchmarkRow(org, value, null, null, PeerMedian(peerMedians, org)));
        }

        return new BenchmarkGroup(type, rows, figures.Length, q2, q1, q3, peerMedians, metric.Improvement != Improvement.Neutral,
            new ComparisonScope(scope, scopeName, type, figures.Length), withheld, peerGroups);
    }

    private static readonly Comparer<BenchmarkFigure> ByTie = Comparer<BenchmarkFigure>.Create(static (a, b) => a.Tie.CompareTo(b.Tie));

    /// <summary>The figures in rank order (<see cref="BenchmarkFigure.LowestFirst"/> or <see cref="BenchmarkFigure.HighestFirst"/>),
    /// made from the ascending order rather than by sorting again: the values' order is the same (reversed for highest
    /// first), and only each run of equal values is put in the tie order. About 4% of a national one-page edit went on
    /// the second full sort of every group of every month.</summary>
    internal static BenchmarkFigure[] RankOrder(BenchmarkFigure[] ascending, bool lowerFirst)
    {
        var ranked = new BenchmarkFigure[ascending.Length];
        for (var i = 0; i < ascending.Length; i++)
        {
            ranked[i] = ascending[lowerFirst ? i : ascending.Length - 1 - i];
        }

        for (var start = 0; start < ranked.Length;)
        {
            var end = start + 1;
            while (end < ranked.Length && ranked[end].Value.CompareTo(ranked[start].Value) == 0)
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(ranked, start, end - start, ByTie);
            }

            start = end;
        }

        return ranked;
    }

    /// <summary>1 = best quarter; a value on a cut point belongs to the better side.</summary>
    internal static int QuartileOf(double value, double q1, double q2, double q3, bool lowerIsBetter)
    {
        if (lowerIsBetter)
        {
            return value <= q1 ? 1 : value <= q2 ? 2 : value <= q3 ? 3 : 4;
        }

        return value >= q3 ? 1 : value >= q2 ? 2 : value >= q1 ? 3 : 4;
    }

    private static double? PeerMedian(Dictionary<string, double> medians, Organisation org) =>
        medians.TryGetValue(org.PeerGroup, out var median) ? median : null;

    /// <summary>The members with a number in the month, sorted ascending (<see cref="BenchmarkFigure.Ascending"/>; each
    /// figure's tie order is its place by name), and those without one (by name).</summary>
    private static (BenchmarkFigure[] Ascending, List<(Organisation Org, DataValue Value)> Without) Figures(BenchmarkMembers members, Period period)
    {
        var figures = new BenchmarkFigure[members.Count];
        var count = 0;
        var without = new List<(Organisation Org, DataValue Value)>();
        foreach (var member in members.ByName)
        {
            var value = member.Series.At(period);
            if (value.HasValue)
            {
                figures[count] = new BenchmarkFigure(member.Org, value.Number, count, member.Listed);
                count++;
            }
            else
            {
                without.Add((member.Org, value));
            }
        }

        Array.Resize(ref figures, count);
        Array.Sort(figures, BenchmarkFigure.Ascending);
        return (figures, without);
    }

    /// <summary>Each peer group's median and size, by name (ordinal), from figures already sorted ascending.</summary>
    private static Dictionary<string, PeerGroupStat> PeerGroups(BenchmarkFigure[] ascending)
    {
        var groups = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        foreach (var figure in ascending)
        {
            var name = figure.Org.PeerGroup;
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (!groups.TryGetValue(name, out var values))
            {
                values = [];
                groups.Add(name, values);
            }

            values.Add(figure.Value);
        }

        var names = groups.Keys.ToArray();
        Array.Sort(names, StringComparer.Ordinal);
        var stats = new Dictionary<string, PeerGroupStat>(names.Length, StringComparer.Ordinal);
        foreach (var name in names)
        {
            stats.Add(name, new PeerGroupStat(name, Quartiles.Median(groups[name]), groups[name].Count));
        }

        return stats;
    }
}
