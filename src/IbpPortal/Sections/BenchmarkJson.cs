using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Model;
using IbpPortal.Sections.Downloads;

namespace IbpPortal.Sections;

/// <summary>Puts ranks, quartiles and medians into the JSON downloads, each with its scope, size and any reason it was withheld.</summary>
internal static class BenchmarkJson
{
    /// <summary>The download's name for a withheld rank: <c>volume</c>, <c>too_few_peers</c>, or null.</summary>
    public static string? Withheld(RankWithheld withheld) => withheld switch
    {
        RankWithheld.Volume => "volume",
        RankWithheld.TooFewPeers => "too_few_peers",
        _ => null,
    };

    /// <summary>One type's table: <c>ranked</c>, <c>median</c> and quartiles with <c>scope</c> and <c>peers</c>, then every row.</summary>
    public static BenchmarkGroupJson Group(BenchmarkGroup group, Metric? measure) => new(
        group.Withheld == RankWithheld.None ? group.Count : 0,
        DataDownloads.Finite(group.Median),
        DataDownloads.Finite(group.LowerQuartile),
        DataDownloads.Finite(group.UpperQuartile),
        group.Scope.Code,
        group.Scope.Peers,
        Withheld(group.Withheld),
        measure?.Name,
        group.IsJudgement,
        group.Rows.Select(row => new BenchmarkRowJson(
            row.Organisation.Code,
            row.Organisation.Name,
            row.Organisation.PeerGroup,
            DataDownloads.Finite(row.Value.AsNullable),
            DataDownloads.AbsentStatus(row.Value),
            row.Rank,
            row.Rank is null ? null : group.Count,
            row.Quartile,
            Withheld(row.Withheld),
            group.Scope.Code,
            group.Scope.Peers,
            DataDownloads.Finite(row.PeerGroupMedian),
            "peer_group",
            group.PeerGroups.TryGetValue(row.Organisation.PeerGroup, out var stat) ? stat.Peers : null)));
}
