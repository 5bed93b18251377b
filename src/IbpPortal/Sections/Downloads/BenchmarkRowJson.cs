using System.Text.Json.Serialization;

namespace IbpPortal.Sections.Downloads;

/// <summary>One organisation in a benchmark table: its value (or why it has none), rank, quartile and peer-group median, each with its scope.</summary>
internal sealed record BenchmarkRowJson(
    string Code,
    string Name,
    string PeerGroup,
    double? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ValueStatus,
    int? Rank,
    int? RankOutOf,
    int? Quartile,
    string? RankWithheld,
    string? Scope,
    int? Peers,
    double? PeerGroupMedian,
    string PeerGroupScope,
    int? PeerGroupPeers);
