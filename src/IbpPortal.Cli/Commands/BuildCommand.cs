using System.CommandLine;
using IbpPortal.Build;
using IbpPortal.Diagnostics;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp build</c>: builds the portal into <c>output/</c>, publishing it only when there are no errors.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the site (default: output/ in the portal's folder)." };
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var @internal = CommonOptions.Internal();
        var drafts = CommonOptions.Drafts();
        var noSearch = new Option<bool>("--no-search") { Description = "Skip the search index (Pagefind)." };
        var packs = new Option<string?>("--packs") { Description = "Build board packs only for these organisations, e.g. RR8,QWO." };
        var noPacks = new Option<bool>("--no-packs") { Description = "Build no board packs." };
        var clean = new Option<bool>("--clean") { Description = "Ignore the cache of earlier builds." };
        var shard = new Option<string?>("--shard")
        {
            Description = "Render only shard K of N (such as 2/4) of the organisation pages, board packs and other files, into a shard folder " +
                "(--output, default shards/K-of-N/) for 'ibp merge'; nothing is published.",
        };
        var wait = new Option<int>("--wait")
        {
            Description = "Seconds to wait for another build or preview of the same output folder to finish (0 refuses at once).",
            DefaultValueFactory = _ => 60,
        };

        var command = new Command("build", "Build the portal into output/ (published only when there are no errors).")
        {
            root, output, quiet, verbose, @internal, drafts, noSearch, packs, noPacks, clean, shard, wait,
        };
        command.SetAction(result =>
        {
            var report = new ConsoleReport(result.GetValue(quiet), result.GetValue(verbose));
            ShardSpec? part = null;
            if (result.GetValue(shard) is { } text && (part = ShardSpec.Parse(text, out var problem)) is null)
            {
                report.Diagnostics([new Diagnostic(SourceLocation.File("--shard"), Severity.Error, ShardCodes.BadShard, problem,
                    "give the shard's number and the number of shards, from 1, such as --shard 1/4 … --shard 4/4")]);
                return 2;
            }

            var packList = result.GetValue(noPacks)
                ? []
                : result.GetValue(packs)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var options = new BuildOptions
            {
                Root = Path.GetFullPath(result.GetValue(root)!),
                Output = result.GetValue(output) is { } o ? Path.GetFullPath(o) : null,
                Internal = result.GetValue(@internal),
                Drafts = result.GetValue(drafts),
                Search = !result.GetValue(noSearch),
                Packs = packList,
                Clean = result.GetValue(clean),
                LockTimeout = TimeSpan.FromSeconds(Math.Max(0, result.GetValue(wait))),
                Shard = part,
            };
            return Run(options, report, part is null ? "Built" : $"Built shard {part}");
        });
        return command;
    }

    internal static int Run(BuildOptions options, ConsoleReport report, string action) => Run(options, report, action, out _);

    internal static int Run(BuildOptions options, ConsoleReport report, string action, out BuildResult? outcome)
    {
        outcome = null;
        if (!Directory.Exists(options.Root))
        {
            Console.Error.WriteLine($"ibp: the folder '{options.Root}' does not exist; run ibp in a portal's folder or pass --root.");
            return 2;
        }

        // The report is printed inside the region too: the first collection after it closes would be the costliest of the
        // build (everything allocated so far is young), just before the process ends and frees it all anyway.
        var result = NoCollectionRegion.Run(() =>
        {
            var built = BuildPipeline.Run(options, report);
            report.Diagnostics(built.Diagnostics);
            report.Summary(built, action);
            if (built.Succeeded && !options.CheckOnly)
            {
                report.Line($"{(options.Shard is null ? "Site" : "Shard")} written to {options.OutputPath}");
            }

            return built;
        });
        outcome = result;
        return result.Succeeded ? 0 : 1;
    }
}
