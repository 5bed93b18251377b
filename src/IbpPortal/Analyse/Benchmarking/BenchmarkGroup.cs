using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Organisations of one type compared on one metric in one month.</summary>
/// <param name="Rows">Ranked organisations best first, then those without a value (by name).</param>
/// <param name="Count">How many organisations have a value (the "out of" for ranks).</param>
/// <param name="Median">National median of the organisations of this type; null when none has a value.</param>
/// <param name="LowerQuartile">QUARTILE.INC cut point at 25%.</param>
/// <param name="UpperQuartile">QUARTILE.INC cut point at 75%.</param>
/// <param name="PeerGroupMedians">Median by peer group name, for groups with at least one value.</param>
/// <param name="IsJudgement">False for a neutral metric: ranked by value, highest first, but the order says nothing about better or worse.</param>
public sealed record BenchmarkGroup(
    OrgType Type,
    IReadOnlyList<BenchmarkRow> Rows,
    int Count,
    double? Median,
    double? LowerQuartile,
    double? UpperQuartile,
    IReadOnlyDictionary<string, double> PeerGroupMedians,
    bool IsJudgement)
{
    /// <summary>The organisation's row, or null when it is not in this group.</summary>
    public BenchmarkRow? Row(string orgCode) => Rows.FirstOrDefault(r => r.Organisation.Code == orgCode);
}
