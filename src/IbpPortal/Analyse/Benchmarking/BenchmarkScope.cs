namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Which organisations a rank, quartile or median is among.</summary>
/// <remarks>Written in downloads as <c>portal</c>, <c>icb</c>, <c>region</c>, <c>peer_group</c>, <c>england</c>.</remarks>
public enum BenchmarkScope
{
    /// <summary>The organisations this portal publishes (and no others).</summary>
    Portal,

    /// <summary>The trusts of one ICB.</summary>
    Icb,

    /// <summary>The organisations of one NHS England region.</summary>
    Region,

    /// <summary>The organisations of one peer group.</summary>
    PeerGroup,

    /// <summary>Every organisation of the type in England (imported national files, with context organisations).</summary>
    England,
}
