using System.CommandLine;
using IbpPortal.Build;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp merge</c>: assembles the shard folders of a sharded build, renders the listings, indexes and publishes the site.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var shards = new Argument<string[]>("SHARD_DIR")
        {
            Description = "Every shard folder that 'ibp build --shard K/N' wrote, K = 1 … N, each once.",
            Arity = ArgumentArity.OneOrMore,
        };
        var root = CommonOptions.Root();
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the site (default: output/ in the portal's folder)." };
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var clean = new Option<bool>("--clean") { Description = "Ignore the cache of earlier builds." };
        var wait = new Option<int>("--wait")
        {
            Description = "Seconds to wait for another build or preview of the same output folder to finish (0 refuses at once).",
            DefaultValueFactory = _ => 60,
        };

        var command = new Command(
            "merge",
            "Assemble the shards of 'ibp build --shard K/N' (the same sources, the same ibp, all N of them), render the listing pages, " +
            "index and publish the site into output/, as one 'ibp build' would. --internal, --drafts, --no-search and --packs are taken from the shards.")
        {
            shards, root, output, quiet, verbose, clean, wait,
        };
        command.SetAction(result =>
        {
            var report = new ConsoleReport(result.GetValue(quiet), result.GetValue(verbose));
            var options = new BuildOptions
            {
                Root = Path.GetFullPath(result.GetValue(root)!),
                Output = result.GetValue(output) is { } o ? Path.GetFullPath(o) : null,
                Clean = result.GetValue(clean),
                LockTimeout = TimeSpan.FromSeconds(Math.Max(0, result.GetValue(wait))),
            };
            if (!Directory.Exists(options.Root))
            {
                Console.Error.WriteLine($"ibp: the folder '{options.Root}' does not exist; run ibp in a portal's folder or pass --root.");
                return 2;
            }

            var merged = BuildPipeline.Merge(result.GetValue(shards) ?? [], options, report);
            report.Diagnostics(merged.Diagnostics);
            report.Summary(merged, "Merged");
            if (merged.Succeeded)
            {
                report.Line($"Site written to {options.OutputPath}");
            }

            return merged.Succeeded ? 0 : 1;
        });
        return command;
    }
}
