using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Organisations of one type compared on one metric in one month.</summary>
/// <param name="Rows">Ranked organisations best first, then those without a value (by name).</param>
/// <param name="Count">How many organisations have a value (the "out of" for ranks, when ranked).</param>
/// <param name="Median">Median of the organisations of this type in <paramref name="Scope"/>; null when none has a value.</param>
/// <param name="LowerQuartile">QUARTILE.INC cut point at 25%.</param>
/// <param name="UpperQuartile">QUARTILE.INC cut point at 75%.</param>
/// <param name="PeerGroupMedians">Median by peer group name, for groups with at least one value.</param>
/// <param name="IsJudgement">False for a neutral metric: ranked by value, highest first, but the order says nothing about better or worse.</param>
/// <param name="Scope">Which organisations the ranks, quartiles and median are among, and how many had a figure.</param>
/// <param name="Withheld">Why there are no ranks or quartiles, or <see cref="RankWithheld.None"/>.</param>
/// <param name="PeerGroups">Each peer group's median and size, by name.</param>
public sealed record BenchmarkGroup(
    OrgType Type,
    IReadOnlyList<BenchmarkRow> Rows,
    int Count,
    double? Median,
    double? LowerQuartile,
    double? UpperQuartile,
    IReadOnlyDictionary<string, double> PeerGroupMedians,
    bool IsJudgement,
    ComparisonScope Scope,
    RankWithheld Withheld,
    IReadOnlyDictionary<string, PeerGroupStat> PeerGroups)
{
    /// <summary>The organisation's row, or null when it is not in this group.</summary>
    public BenchmarkRow? Row(string orgCode) => Rows.FirstOrDefault(r => r.Organisation.Code == orgCode);
}
