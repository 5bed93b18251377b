using System.Diagnostics;
using IbpPortal.Diagnostics;
using IbpPortal.Index;
using IbpPortal.Load;
using IbpPortal.Markdown;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Safety;
using IbpPortal.Theme;
using IbpPortal.Validate;
using IbpPortal.Write;

namespace IbpPortal.Build;

/// <summary>One build: Load, Validate, Analyse, Plan the site, Render, Index, Write — each stage taking the previous stage's model.</summary>
public static class BuildPipeline
{
    /// <summary>Runs a build. Errors stop it before anything is published; the previous output is then untouched.</summary>
    /// <param name="session">State from earlier builds in the same process (preview), reused while the data is unchanged.</param>
    public static BuildResult Run(BuildOptions options, IBuildReporter? reporter = null, BuildSession? session = null)
    {
        var total = Stopwatch.StartNew();
        if (options.CheckOnly)
        {
            return RunLocked(options, reporter, session, total);
        }

        // Nothing is touched, not even the lock file, when the output folder is unsafe to replace.
        if (OutputGuard.Check(options) is { Count: > 0 } unsafeOutput)
        {
            return new BuildResult(false, unsafeOutput, BuildCounts.None, total.Elapsed);
        }

        OutputLock? own = null;
        try
        {
            if (session?.Lock is null)
            {
                own = OutputLock.Acquire(options.OutputPath, options.LockTimeout, reporter is null ? null : reporter.Note);
                if (own is null)
                {
                    return Refused(options, total, SafetyCodes.OutputLocked,
                        $"another ibp build or preview is still writing this folder after {options.LockTimeout.TotalSeconds:0} s",
                        "wait for it to finish (stop 'ibp preview' if it is serving this portal), or build into another folder with --output");
                }
            }

            // A build killed half-way may have left a staging folder, or the previous site renamed aside.
            OutputPublisher.CleanLeftovers(options.OutputPath);
            return RunLocked(options, reporter, session, total);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Refused(options, total, SafetyCodes.WriteFailed, $"a file could not be read or written while building this site ({WriteFailure.Cause(ex)})",
                "check that the folder and the one holding it are writable and the disk has space, then build again; the previous site is unchanged" + (Environment.GetEnvironmentVariable("IBP_DEBUG") == "1" ? "\n" + ex : string.Empty));
        }
        finally
        {
            own?.Dispose();
        }
    }

    /// <summary>Assembles the shard folders that <c>ibp build --shard K/N</c> wrote into the site, then renders the listings,
    /// indexes and publishes it as a single build would; the edition options are the shards' own.</summary>
    public static BuildResult Merge(IReadOnlyList<string> shardFolders, BuildOptions options, IBuildReporter? reporter = null)
    {
        var total = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        if (ShardSet.Read(shardFolders, diagnostics) is not { } shards)
        {
            return new BuildResult(false, diagnostics.Sorted(), BuildCounts.None, total.Elapsed);
        }

        var first = shards.First;
        return Run(options with { Internal = first.Internal, Drafts = first.Drafts, Search = first.Search, Packs = first.Packs, Shard = null, Merge = shards }, reporter);
    }

    private static BuildResult RunLocked(BuildOptions options, IBuildReporter? reporter, BuildSession? session, Stopwatch total)
    {
        var run = new BuildRun(options, reporter, total, Stopwatch.StartNew(), new DiagnosticBag());

        // Every source must live inside the portal before any of it is read (or hashed).
        SourceLinks.Check(options.Root, run.Diagnostics);
        if (run.Diagnostics.HasErrors)
        {
            return Failed(run);
        }

        var hashes = new SourceHashes(options.Root);
        var sources = options.Shard is null && options.Merge is null ? string.Empty : BuildFingerprint.OfSources(options.Root, hashes);
        options.Merge?.CheckSources(sources, run.Diagnostics);
        if (run.Diagnostics.HasErrors)
        {
            return Failed(run);
        }

        // A shard is never the whole site, and a merge always assembles what it is given, so neither is ever "up to date".
        var fingerprint = options.CheckOnly || options.Shard is not null ? string.Empty : BuildFingerprint.OfInputs(options, hashes);
        if (!options.CheckOnly && options.Shard is null && options.Merge is null && BuildFingerprint.UpToDate(options, fingerprint))
        {
            run.Report("Up to date", "nothing changed since the last build");
            return new BuildResult(true, [], BuildCounts.None, total.Elapsed) { UpToDate = true };
        }

        // What the last build published is read (its manifest, and the output folder walked) while the data is loaded and
        // analysed: a national site's 88,000 files take a few tenths of a second that need not wait for the analysis.
        var previous = options.Shard is null
            ? Task.Run(() => PreviousOutput.Load(options.CachePath, options.OutputPath, enabled: !options.Clean && !options.CheckOnly))
            : null;
        return LoadAndPlan(run, session, hashes) is { } planned
            ? options.Shard is { } shard ? RenderShard(run, planned, shard, sources) : RenderAndWrite(run, planned, fingerprint, previous!.GetAwaiter().GetResult())
            : Failed(run);
    }

    /// <summary>Renders one shard's units into a staging folder with its manifest, then publishes it as the shard folder; no listing, index or link check.</summary>
    private static BuildResult RenderShard(BuildRun run, Planned planned, ShardSpec shard, string sources)
    {
        string? staging = null;
        try
        {
            staging = OutputPublisher.CreateStaging(run.Options.OutputPath);
            var job = planned.Job(run.Options, new StagingSink(Path.Combine(staging, ShardManifest.SiteFolder)), PreviousOutput.Load(run.Options.CachePath, run.Options.OutputPath, enabled: false));
            var counts = ShardStages.RenderShard(job, run.Options, shard, sources, staging);
            run.Report("Render", $"shard {shard}: {counts.Pages} pages, {counts.Files} files, {counts.Bytes / 1024.0 / 1024.0:N1} MB" +
                (job.Cache.Hits > 0 ? $", {job.Cache.Hits} reused from the cache" : string.Empty));
            if (run.Diagnostics.HasErrors)
            {
                return Failed(run);
            }

            OutputPublisher.Publish(staging, run.Options.OutputPath);
            staging = null;
            run.Report("Write", run.Options.OutputPath);
            return new BuildResult(true, run.Diagnostics.Sorted(), counts, run.Total.Elapsed);
        }
        finally
        {
            OutputPublisher.Discard(staging);
        }
    }

    /// <summary>Load, Validate, Analyse and Plan; null when errors stop the build.</summary>
    private static Planned? LoadAndPlan(BuildRun run, BuildSession? session, SourceHashes hashes)
    {
        var (options, diagnostics) = (run.Options, run.Diagnostics);

        // Load
        var input = PortalLoader.Load(
            options,
            session is null ? SiteComposition.LoadData : (root, bag) => session.LoadData(root, bag, SiteComposition.LoadData, hashes),
            diagnostics,
            hashes);
        run.Report("Load", $"{input.Pages.Count} pages, {input.Data.Actuals.Count:N0} actuals");

        // Validate
        ContentValidator.Validate(input, diagnostics);
        SiteComposition.ValidateData(input, diagnostics);
        run.Report("Validate", diagnostics.HasErrors ? "errors found" : "no errors");
        if (diagnostics.HasErrors)
        {
            return null;
        }

        // Analyse, then check what needs the analysis
        var analysis = SiteComposition.Analyse(input, options.Internal, session);
        AnalysisValidator.Validate(input, analysis, diagnostics);
        run.Report("Analyse", "done");

        // Plan the site: each section from the analysis it is given (the hosting files list the fingerprinted assets by name)
        var assets = ThemeAssets.Prepare(options.Root, input.ThemeFiles, input.Settings.IncludeFontFace, options.CachePath, diagnostics);
        if (assets is null)
        {
            return null;
        }

        var context = new RenderContext(input.Settings, new SitePlan(diagnostics), input.References, diagnostics, options.Internal);
        var plan = SitePlanner.Plan(input, analysis, assets, context);
        run.Report("Plan", $"{plan.Pages.Count} pages, {plan.Files.Count} files");
        return diagnostics.HasErrors ? null : new Planned(input, analysis, assets, context);
    }

    /// <summary>Render into a staging folder, Index, then Write (publish) it; the staging folder is discarded on any failure.</summary>
    private static BuildResult RenderAndWrite(BuildRun run, Planned planned, string fingerprint, PreviousOutput previous)
    {
        var (options, diagnostics, total) = (run.Options, run.Diagnostics, run.Total);
        var (input, context) = (planned.Input, planned.Context);
        string? staging = null;
        try
        {
            // Render
            staging = options.CheckOnly ? null : OutputPublisher.CreateStaging(options.OutputPath);
            // Files reused from the last output are only noted as kept, so that a build that changed few files publishes them
            // in place; a merge places the shards' files by links as it goes.
            var job = planned.Job(options, new StagingSink(staging, keepLinks: options.Merge is null, capacity: previous.Count), previous);
            var (sink, cache) = (job.Sink, job.Cache);
            var assembled = options.Merge is { } merge ? Assemble(run, job, merge) : null;
            if (diagnostics.HasErrors)
            {
                return Failed(run);
            }

            var rendered = assembled is null ? SiteRenderer.Render(job) : SiteRenderer.RenderListings(job, assembled);
            run.Report("Render", $"{rendered.Pages} pages, {rendered.Files} files, {rendered.Bytes / 1024.0 / 1024.0:N1} MB, {rendered.Rendered.Count} rendered" +
                (cache.Hits + previous.Linked > 0 ? $", {cache.Hits + previous.Linked} reused ({previous.Linked} linked from the last output, {cache.Hits} from the cache)" : string.Empty));
            if (diagnostics.HasErrors || staging is null)
            {
                return diagnostics.HasErrors
                    ? Failed(run) with { ExternalLinks = context.ExternalLinks }
                    : new BuildResult(true, diagnostics.Sorted(), new BuildCounts(rendered.Pages, rendered.Files, 0, rendered.Bytes), total.Elapsed) { ExternalLinks = context.ExternalLinks, Rendered = rendered.Rendered };
            }

            // Index
            var indexed = 0;
            if (options.Search && input.Settings.Search)
            {
                // The indexer reads the whole site from the staging folder.
                sink.LinkKept();
                indexed = SearchIndexer.Run(staging, ThemeNpm.Folder(input.ThemeFiles, options.Root, options.CachePath), diagnostics) ?? 0;
                run.Report("Index", $"{indexed} pages searchable");
                if (diagnostics.HasErrors)
                {
                    return Failed(run);
                }
            }

            // Write
            var (published, listing) = Publish(staging, options.OutputPath, sink, previous);
            staging = null;
            BuildFingerprint.Record(options, fingerprint, listing);
            if (options.Merge is null)
            {
                // A merge used none of the units' cache entries, which the shards' next builds may still want.
                cache.Prune();
            }

            run.Report("Write", $"{options.OutputPath} ({published})");
            return new BuildResult(true, diagnostics.Sorted(), new BuildCounts(rendered.Pages, rendered.Files, indexed, rendered.Bytes), total.Elapsed)
            {
                UndefinedNames = input.Templates.UndefinedNames,
                Rendered = rendered.Rendered,
            };
        }
        finally
        {
            OutputPublisher.Discard(staging);
        }
    }

    /// <summary>Publishes the staging folder: the changed files in place when few changed, otherwise the whole folder by a swap;
    /// then records what was published for the next build. Returns how it was published, for the report, and the output's
    /// listing hash when it is known without listing the folder.</summary>
    private static (string How, string? Listing) Publish(string staging, string output, StagingSink sink, PreviousOutput previous)
    {
        var kept = sink.Kept.Count;
        if (InPlacePublisher.TryPublish(staging, output, sink, previous) is { } inPlace)
        {
            return ($"in place: {inPlace.Renamed} files written, {inPlace.Deleted} removed, {kept} kept", BuildFingerprint.OfListing(inPlace.Site));
        }

        sink.LinkKept();
        OutputPublisher.Publish(staging, output);
        previous.Record();
        return ("whole folder", null);
    }

    /// <summary>Places the shards' files in the staging folder; null when they are not this plan's units.</summary>
    private static ShardRendered? Assemble(BuildRun run, SiteRenderJob job, ShardSet shards)
    {
        var rendered = ShardStages.Assemble(job, shards, run.Diagnostics);
        run.Report("Assemble", $"{shards.Shards.Count} shards, {rendered.Units.Count} units, {job.Sink.Paths.Count} files");
        return run.Diagnostics.HasErrors ? null : rendered;
    }

    private static BuildResult Refused(BuildOptions options, Stopwatch total, string code, string message, string hint) =>
        new(false, [new Diagnostic(SourceLocation.File(options.OutputPath), Severity.Error, code, message, hint)], BuildCounts.None, total.Elapsed);

    private static BuildResult Failed(BuildRun run) =>
        new(false, run.Diagnostics.Sorted(), BuildCounts.None, run.Total.Elapsed);

    /// <summary>One build's options, reporter, clocks and diagnostics, handed from stage to stage.</summary>
    private sealed record BuildRun(BuildOptions Options, IBuildReporter? Reporter, Stopwatch Total, Stopwatch Stage, DiagnosticBag Diagnostics)
    {
        /// <summary>Reports a finished stage with its time, and starts timing the next.</summary>
        public void Report(string name, string summary)
        {
            Reporter?.Stage(name, Stage.Elapsed, summary + MemoryNote());
            Stage.Restart();
        }
    }

    /// <summary>With <c>IBP_GCSTATS=1</c> (for measuring the program, see the README's Performance), the memory allocated and
    /// the collections and pauses so far, after each stage's summary; otherwise nothing.</summary>
    private static string MemoryNote() => Environment.GetEnvironmentVariable("IBP_GCSTATS") == "1"
        ? $" [allocated {GC.GetTotalAllocatedBytes() / 1048576} MB, collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms]"
        : string.Empty;

    /// <summary>What planning hands to rendering.</summary>
    private sealed record Planned(PortalInput Input, Analyse.SiteAnalysis Analysis, ThemeAssets Assets, RenderContext Context)
    {
        /// <summary>What rendering is given, writing into <paramref name="sink"/>.</summary>
        public SiteRenderJob Job(BuildOptions options, StagingSink sink, PreviousOutput previous) => new(
            Input,
            Context.Plan,
            Context,
            Assets,
            new MarkdownRenderer(SiteComposition.Shortcodes(Context, Analysis, Input.Templates), Input.Settings.AllowRawHtml),
            sink,
            new ArtefactCache(Path.Combine(options.CachePath, "artefacts"), enabled: !options.Clean && !options.CheckOnly, capacity: previous.Count),
            previous,
            SiteKey.Compute(Input, Context.Plan, Analysis.Data?.Model.ReportingPeriod),
            UnitCosts.From(Input.Data));
    }
}
