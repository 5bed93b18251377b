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
        string? scopeName = null)
    {
        var withValue = new List<(Organisation Org, double Value)>();
        var without = new List<(Organisation Org, DataValue Value)>();
        foreach (var (org, series) in members)
        {
            var value = series.At(period);
            if (value.HasValue)
            {
                withValue.Add((org, value.Number));
            }
            else
            {
                without.Add((org, value));
            }
        }

        var ascending = withValue.Select(v => v.Value).Order().ToList();
        var peerGroups = withValue
            .Where(v => !string.IsNullOrEmpty(v.Org.PeerGroup))
            .GroupBy(v => v.Org.PeerGroup, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PeerGroupStat(g.Key, Quartiles.Median(g.Select(v => v.Value).Order().ToList()), g.Count()), StringComparer.Ordinal);
        var peerMedians = peerGroups.ToDictionary(g => g.Key, g => g.Value.Median, StringComparer.Ordinal);
        var withheld = !metric.IsRankable ? RankWithheld.Volume
            : withValue.Count < Metric.MinimumRankedPeers ? RankWithheld.TooFewPeers
            : RankWithheld.None;

        var lowerFirst = metric.Improvement == Improvement.Decrease && withheld == RankWithheld.None;
        var ranked = (lowerFirst ? withValue.OrderBy(v => v.Value) : withValue.OrderByDescending(v => v.Value))
            .ThenBy(v => v.Org.Name, StringComparer.Ordinal)
            .ThenBy(v => v.Org.Code, StringComparer.Ordinal)
            .ToList();

        var quartiles = ascending.Count > 0 && withheld == RankWithheld.None;
        double? q1 = quartiles ? Quartiles.Inclusive(ascending, 0.25) : null;
        double? q2 = ascending.Count > 0 ? Quartiles.Inclusive(ascending, 0.5) : null;
        double? q3 = quartiles ? Quartiles.Inclusive(ascending, 0.75) : null;

        var rows = new List<BenchmarkRow>(members.Count);
        var rank = 0;
        for (var i = 0; i < ranked.Count; i++)
        {
            var (org, value) = ranked[i];
            if (i == 0 || value != ranked[i - 1].Value)
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

        foreach (var (org, value) in without.OrderBy(v => v.Org.Name, StringComparer.Ordinal).ThenBy(v => v.Org.Code, StringComparer.Ordinal))
        {
            rows.Add(new BenchmarkRow(org, value, null, null, PeerMedian(peerMedians, org)));
        }

        return new BenchmarkGroup(type, rows, ranked.Count, q2, q1, q3, peerMedians, metric.Improvement != Improvement.Neutral,
            new ComparisonScope(scope, scopeName, type, ranked.Count), withheld, peerGroups);
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
}
