namespace IbpPortal.Build;

/// <summary>How a build is run: where, what to include, and what to skip.</summary>
public sealed record BuildOptions
{
    /// <summary>The portal's root folder (holding <c>portal.yml</c>, <c>input/</c>, <c>data/</c>, <c>theme/</c>).</summary>
    public required string Root { get; init; }

    /// <summary>Where the site is written; defaults to <c>output/</c> under the root.</summary>
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

    /// <summary>The cache folder's full path.</summary>
    public string CachePath => Path.GetFullPath(CacheDir ?? Path.Combine(Root, ".ibp-cache"));

    /// <summary>The output folder's full path.</summary>
    public string OutputPath => Path.GetFullPath(Output ?? Path.Combine(Root, "output"));
}
