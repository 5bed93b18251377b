namespace IbpPortal.Render;

/// <summary>What a shard's render units made: their results, and the site links of their pages, by route, for the link check at merge.</summary>
public sealed record ShardRendered(IReadOnlyList<UnitResult> Units, IReadOnlyDictionary<string, IReadOnlyList<string>> Links);
