using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>One organisation's line in a benchmark table.</summary>
/// <param name="Value">The organisation's figure that month; absent values have no rank or quartile.</param>
/// <param name="Rank">1 = best by the metric's improvement direction; tied values share a rank (1, 2, 2, 4).</param>
/// <param name="Quartile">1 = best quarter, 4 = worst.</param>
/// <param name="PeerGroupMedian">Median of the organisation's peer group (same type), when any peer has a value.</param>
public sealed record BenchmarkRow(
    Organisation Organisation,
    DataValue Value,
    int? Rank,
    int? Quartile,
    double? PeerGroupMedian,
    RankWithheld Withheld = RankWithheld.None);
