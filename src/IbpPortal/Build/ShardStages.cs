using IbpPortal.Diagnostics;
using IbpPortal.Render;

namespace IbpPortal.Build;

/// <summary>The two ends of a sharded build: rendering one shard's units into its folder, and assembling every shard's files before the listings render.</summary>
internal static class ShardStages
{
    /// <summary>Renders shard <paramref name="shard"/>'s units into <c>site/</c> of the staging folder and writes its manifest beside them.</summary>
    public static BuildCounts RenderShard(SiteRenderJob job, BuildOptions options, ShardSpec shard, string sources, string staging)
    {
        var units = UnitSchedule.Shard(job.Units(), job.Cost, shard.Index, shard.Count);
        var rendered = SiteRenderer.RenderShard(job, units);
        new ShardManifest(
            ShardManifest.CurrentFormat,
            ShardManifest.CurrentProgram,
            sources,
            ShardManifest.OptionsOf(options),
            options.Internal,
            options.Drafts,
            options.Search,
            options.Packs,
            shard.Index,
            shard.Count,
            rendered.Units,
            rendered.Links).Write(staging);
        return new BuildCounts(rendered.Units.Sum(u => u.Pages.Count), rendered.Units.Sum(u => u.Files.Count), 0, job.Sink.Bytes);
    }

    /// <summary>Places every shard's files in the sink (by hard link where the file system allows, else by copy) and checks
    /// that together they are every unit of this plan, each file as its shard recorded it.</summary>
    public static ShardRendered Assemble(SiteRenderJob job, ShardSet shards, DiagnosticBag diagnostics)
    {
        var sink = job.Sink;
        foreach (var (folder, _) in shards.Shards)
        {
            var site = Path.Combine(folder, ShardManifest.SiteFolder);
            foreach (var file in Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(site, file).Replace('\\', '/');
                if (!sink.TryLink(relative, file, new FileInfo(file).Length))
                {
                    sink.Write(relative, stream =>
                    {
                        using var source = File.OpenRead(file);
                        source.CopyTo(stream);
                    });
                }
            }
        }

        var rendered = shards.Rendered();
        CheckUnits(job, shards, rendered, diagnostics);
        return rendered;
    }

    private static void CheckUnits(SiteRenderJob job, ShardSet shards, ShardRendered rendered, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.File(shards.Shards[0].Folder);
        var planned = job.Units().Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
        var made = rendered.Units.Select(u => u.Group).ToList();
        var missing = planned.Except(made, StringComparer.Ordinal).Count();
        var unknown = made.Except(planned, StringComparer.Ordinal).Count();
        if (missing > 0 || unknown > 0 || made.Count != planned.Count)
        {
            diagnostics.Error(at, ShardCodes.IncompleteShards,
                $"the shards' render units are not this portal's: {missing} missing, {unknown} not planned, {made.Count - made.Distinct(StringComparer.Ordinal).Count()} made twice",
                "build every shard again from this commit with the same ibp, then merge");
            return;
        }

        foreach (var file in rendered.Units.SelectMany(u => u.Files).Where(f => job.Sink.SizeOf(f.OutputPath) != f.Bytes))
        {
            diagnostics.Error(at, ShardCodes.IncompleteShards,
                $"the shards' file {file.OutputPath} is missing or not the size its shard recorded ({file.Bytes:N0} bytes)",
                "build the shard again, and copy shard folders whole (in CI, upload and download each as one artefact)");
        }
    }
}
