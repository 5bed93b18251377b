namespace IbpPortal.Build;

/// <summary>How a build is run: where, what to include, and what to skip.</summary>
public sealed record BuildOptions
{
    /// <summary>The portal's root folder (holding <c>portal.yml</c>, <c>input/</c>, <c>data/</c>, <c>theme/</c>).</summary>
    public required string Root { get; init; }

    /// <summary>Where the site (or, with <see cref="Shard"/>, the shard) is written; defaults to <c>output/</c> under the root.</summary>
    public string? Output { get; init; }

    /// <summary>Builds the internal (Part II) edition, including <c>visibility: internal</c> content.</summary>
    public bool Internal { get; init; }

    /// <summary>Includes pages marked <c>draft: true</c>.</summary>
    public bool Drafts { get; init; }

    /// <summary>Runs Pagefind after writing; off with <c>--no-search</c>.</summary>
    public bool Search { get; init; } = true;

    /// <summary>Board packs to build: null follows <c>portal.yml</c>; empty builds none; otherwise these organisation codes.</summary>
    public IReadOnlyList<string>? Packs { get; init; }

    /// <summary>Ignores the cache of earlier builds.</summary>
    public bool Clean { get; init; }

    /// <summary>Checks only: runs every stage but writes nothing.</summary>
    public bool CheckOnly { get; init; }

    /// <summary>Where reusable results of earlier builds are kept; defaults to <c>.ibp-cache/</c> under the root.</summary>
    public string? CacheDir { get; init; }

    /// <summary>How long to wait for another build or preview of the same output folder to finish before giving up.</summary>
    /// <remarks>Defaults to 60 seconds; zero refuses at once.</remarks>
    public TimeSpan LockTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Renders only this shard's part of the render units into a shard folder, to be assembled by <c>ibp merge</c>; null builds the whole site.</summary>
    public ShardSpec? Shard { get; init; }

    /// <summary>The shards whose units this build assembles instead of rendering them (<c>ibp merge</c>); null renders them.</summary>
    public ShardSet? Merge { get; init; }

    /// <summary>The cache folder's full path.</summary>
    public string CachePath => Path.GetFullPath(CacheDir ?? Path.Combine(Root, ".ibp-cache"));

    /// <summary>The output folder's full path.</summary>
    /// <remarks>A shard's folder defaults to <c>shards/K-of-N/</c> under the root.</remarks>
    public string OutputPath => Path.GetFullPath(Output ?? (Shard is { } shard
        ? Path.Combine(Root, "shards", $"{shard.Index}-of-{shard.Count}")
        : Path.Combine(Root, "output")));
}
