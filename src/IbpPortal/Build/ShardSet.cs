using IbpPortal.Diagnostics;
using IbpPortal.Render;

namespace IbpPortal.Build;

/// <summary>The shard folders given to <c>ibp merge</c>, read and checked to be the N shards of one build, each present once.</summary>
public sealed class ShardSet
{
    private ShardSet(IReadOnlyList<(string Folder, ShardManifest Manifest)> shards) => Shards = shards;

    /// <summary>Each shard's folder and manifest, in shard order.</summary>
    public IReadOnlyList<(string Folder, ShardManifest Manifest)> Shards { get; }

    /// <summary>The first shard's manifest, which every other one matches.</summary>
    public ShardManifest First => Shards[0].Manifest;

    /// <summary>What every shard's units made, and their pages' links.</summary>
    public ShardRendered Rendered() => new(
        [.. Shards.SelectMany(s => s.Manifest.Units).OrderBy(u => u.Group, StringComparer.Ordinal)],
        Shards.SelectMany(s => s.Manifest.Links).ToDictionary(l => l.Key, l => l.Value, StringComparer.Ordinal));

    /// <summary>Reads the shard folders; null, with every problem in <paramref name="diagnostics"/>, unless they are the N shards of one build by this program.</summary>
    public static ShardSet? Read(IReadOnlyList<string> folders, DiagnosticBag diagnostics)
    {
        var read = new List<(string Folder, ShardManifest Manifest)>();
        foreach (var folder in folders.Select(f => Path.GetFullPath(f)).Distinct(StringComparer.Ordinal))
        {
            if (ShardManifest.Read(folder, out var problem) is { } manifest)
            {
                read.Add((folder, manifest));
            }
            else
            {
                diagnostics.Error(SourceLocation.File(folder), ShardCodes.NotAShard, problem,
                    "give the folders that 'ibp build --shard K/N --output FOLDER' wrote (in CI, check that every shard's artefact was downloaded)");
            }
        }

        if (read.Count == 0 || diagnostics.HasErrors)
        {
            if (read.Count == 0 && !diagnostics.HasErrors)
            {
                diagnostics.Error(SourceLocation.File("ibp merge"), ShardCodes.NotAShard, "no shard folder was given", "give every shard folder, such as 'ibp merge shards/*'");
            }

            return null;
        }

        CheckSameBuild(read, diagnostics);
        CheckComplete(read, diagnostics);
        return diagnostics.HasErrors ? null : new ShardSet([.. read.OrderBy(s => s.Manifest.Shard)]);
    }

    /// <summary>Reports an error unless the shards were built from <paramref name="sources"/> (the hash of the portal being merged).</summary>
    public void CheckSources(string sources, DiagnosticBag diagnostics)
    {
        if (First.Sources != sources)
        {
            diagnostics.Error(SourceLocation.File(Shards[0].Folder), ShardCodes.OtherSources,
                "the shards were built from other sources than the portal being merged (a file in portal.yml, input/, data/ or theme/ differs)",
                "merge in a checkout of the same commit the shards were built from, or build the shards again");
        }
    }

    private static void CheckSameBuild(List<(string Folder, ShardManifest Manifest)> read, DiagnosticBag diagnostics)
    {
        var first = read[0].Manifest;
        foreach (var (folder, manifest) in read)
        {
            var at = SourceLocation.File(folder);
            if (manifest.Program != ShardManifest.CurrentProgram)
            {
                diagnostics.Error(at, ShardCodes.OtherProgram,
                    $"the shard was built by ibp {manifest.Program}, and this is ibp {ShardManifest.CurrentProgram}",
                    "run every shard and the merge with the same build of ibp (install one version of the tool in every job)");
            }
            else if (manifest.Options != first.Options)
            {
                diagnostics.Error(at, ShardCodes.OtherProgram,
                    $"the shard was built with other options ({manifest.Options}) than {read[0].Folder} ({first.Options})",
                    "build every shard with the same --internal, --drafts, --no-search, --packs and --no-packs");
            }

            if (manifest.Sources != first.Sources)
            {
                diagnostics.Error(at, ShardCodes.OtherSources,
                    $"the shard was built from other sources than {read[0].Folder} (a file in portal.yml, input/, data/ or theme/ differs)",
                    "build every shard from the same commit");
            }
        }
    }

    private static void CheckComplete(List<(string Folder, ShardManifest Manifest)> read, DiagnosticBag diagnostics)
    {
        var count = read[0].Manifest.Shards;
        foreach (var (folder, manifest) in read.Where(s => s.Manifest.Shards != count))
        {
            diagnostics.Error(SourceLocation.File(folder), ShardCodes.IncompleteShards,
                $"the shard is {manifest.Shard} of {manifest.Shards}, but {read[0].Folder} is one of {count}",
                "build every shard with the same N in --shard K/N");
        }

        foreach (var twice in read.GroupBy(s => s.Manifest.Shard).Where(g => g.Count() > 1))
        {
            diagnostics.Error(SourceLocation.File(twice.Last().Folder), ShardCodes.IncompleteShards,
                $"shard {twice.Key} of {count} is given twice (also as {twice.First().Folder})",
                "give each shard folder once");
        }

        var missing = Enumerable.Range(1, count).Except(read.Select(s => s.Manifest.Shard)).ToList();
        if (missing.Count > 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(SourceLocation.File(read[0].Folder), ShardCodes.IncompleteShards,
                $"shard{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)} of {count} {(missing.Count > 1 ? "are" : "is")} missing",
                "give every shard's folder to ibp merge (in CI, wait for every shard job and download every artefact)");
        }
    }
}
