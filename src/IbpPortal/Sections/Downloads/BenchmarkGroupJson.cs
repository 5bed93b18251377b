using System.Text.Json.Serialization;

namespace IbpPortal.Sections.Downloads;

/// <summary>One type's benchmark table (trusts or ICBs): how many were ranked, the median and quartiles with their scope, then every row.</summary>
internal sealed record BenchmarkGroupJson(
    int Ranked,
    double? Median,
    double? LowerQuartile,
    double? UpperQuartile,
    string? Scope,
    int? Peers,
    string? RankWithheld,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? RankedOn,
    bool RankIsJudgement,
    IEnumerable<BenchmarkRowJson> Rows);
