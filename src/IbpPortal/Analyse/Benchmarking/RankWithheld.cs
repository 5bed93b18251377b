namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Why an organisation with a figure has no rank or quartile.</summary>
/// <remarks>Written in downloads as <c>rank_withheld</c>: null, <c>volume</c>, <c>too_few_peers</c>.</remarks>
public enum RankWithheld
{
    /// <summary>Ranked (or no figure to rank).</summary>
    None,

    /// <summary>A raw volume (count, £, WTE) measures size, not performance, and has no declared size measure.</summary>
    Volume,

    /// <summary>Fewer than <see cref="Model.Metric.MinimumRankedPeers"/> organisations in the scope have a figure.</summary>
    TooFewPeers,
}
