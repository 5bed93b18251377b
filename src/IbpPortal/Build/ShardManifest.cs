using System.Reflection;
using System.Text.Json;
using IbpPortal.Render;

namespace IbpPortal.Build;

/// <summary>What one shard of a build made and what it was made from, written beside its files as <c>ibp-shard.json</c>.</summary>
/// <param name="Format">The manifest's format, so that a newer program can refuse an older shard.</param>
/// <param name="Program">The program's version and build (<see cref="CurrentProgram"/>); shards of different programs may render differently.</param>
/// <param name="Sources">The hash of every source file (<see cref="BuildFingerprint.OfSources"/>).</param>
/// <param name="Options">The options that change what is rendered, as text, compared between shards.</param>
/// <param name="Internal">Built with <c>--internal</c>.</param>
/// <param name="Drafts">Built with <c>--drafts</c>.</param>
/// <param name="Search">Built with search (no <c>--no-search</c>): the search page is planned, and the merge indexes the site.</param>
/// <param name="Packs">The <c>--packs</c> list (empty with <c>--no-packs</c>), or null to follow <c>portal.yml</c>.</param>
/// <param name="Shard">This shard's number, from 1.</param>
/// <param name="Shards">How many shards the build was split into.</param>
/// <param name="Units">What each of this shard's render units made.</param>
/// <param name="Links">The links of each page the shard rendered, by route, for the merge's link check.</param>
public sealed record ShardManifest(
    int Format,
    string Program,
    string Sources,
    string Options,
    bool Internal,
    bool Drafts,
    bool Search,
    IReadOnlyList<string>? Packs,
    int Shard,
    int Shards,
    IReadOnlyList<UnitResult> Units,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Links)
{
    /// <summary>The manifest's file name inside a shard folder.</summary>
    public const string FileName = "ibp-shard.json";

    /// <summary>The folder inside a shard folder that holds the shard's files, laid out as in the site.</summary>
    public const string SiteFolder = "site";

    /// <summary>The format this program writes and reads.</summary>
    public const int CurrentFormat = 1;

    /// <summary>This program's version and the identity of its build, which two shards must share.</summary>
    public static string CurrentProgram { get; } = ProgramIdentity();

    /// <summary>The options of <paramref name="options"/> that change what a shard renders, as text.</summary>
    public static string OptionsOf(BuildOptions options) =>
        $"internal={options.Internal};drafts={options.Drafts};search={options.Search};packs={(options.Packs is null ? "settings" : string.Join(',', options.Packs))}";

    /// <summary>Writes the manifest into <paramref name="folder"/>.</summary>
    public void Write(string folder)
    {
        using var stream = File.Create(Path.Combine(folder, FileName));
        JsonSerializer.Serialize(stream, this, ShardManifestJsonContext.Default.ShardManifest);
    }

    /// <summary>Reads the manifest of the shard folder <paramref name="folder"/>; null, with <paramref name="problem"/>, when there is none or it cannot be read.</summary>
    public static ShardManifest? Read(string folder, out string problem)
    {
        var path = Path.Combine(folder, FileName);
        problem = string.Empty;
        if (!Directory.Exists(folder))
        {
            problem = "the shard folder does not exist";
            return null;
        }

        if (!File.Exists(path) || !Directory.Exists(Path.Combine(folder, SiteFolder)))
        {
            problem = $"the folder is not a shard: it has no {FileName} and {SiteFolder}/ (an interrupted or failed shard build leaves none)";
            return null;
        }

        try
        {
            using var stream = File.OpenRead(path);
            var manifest = JsonSerializer.Deserialize(stream, ShardManifestJsonContext.Default.ShardManifest);
            if (manifest is null || manifest.Format != CurrentFormat || manifest.Units is null || manifest.Links is null)
            {
                problem = $"its {FileName} is not a manifest this program reads (format {manifest?.Format ?? 0}, expected {CurrentFormat})";
                return null;
            }

            return manifest;
        }
        catch (JsonException ex)
        {
            problem = $"its {FileName} cannot be read ({ex.Message})";
            return null;
        }
    }

    private static string ProgramIdentity()
    {
        var assembly = typeof(ShardManifest).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        return $"{version} (build {assembly.ManifestModule.ModuleVersionId})";
    }
}
