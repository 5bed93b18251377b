using System.CommandLine;
using IbpPortal.Build;
using IbpPortal.Cli.Preview;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp preview</c>: builds, serves on 127.0.0.1, rebuilds on change and reloads open pages.</summary>
internal static class PreviewCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (default 8080; 0 picks a free one).", DefaultValueFactory = _ => 8080 };
        var @internal = CommonOptions.Internal();
        var drafts = CommonOptions.Drafts();
        var quiet = CommonOptions.Quiet();
        var search = new Option<bool>("--search") { Description = "Also rebuild the search index on every change (slower)." };
        var command = new Command("preview", "Serve the portal on 127.0.0.1, rebuild on every change and reload open pages.")
        {
            root, port, @internal, drafts, quiet, search,
        };
        command.SetAction(async (result, cancel) =>
        {
            var report = new ConsoleReport(result.GetValue(quiet), verbose: false);
            var options = new BuildOptions
            {
                Root = Path.GetFullPath(result.GetValue(root)!),
                Internal = result.GetValue(@internal),
                Drafts = result.GetValue(drafts),
                Search = result.GetValue(search),
                Packs = [],
            };
            await using var server = new PreviewServer(options, build =>
            {
                report.Diagnostics(build.Diagnostics);
                report.Summary(build, "Rebuilt");
            });
            try
            {
                await server.StartAsync(result.GetValue(port));
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"ibp: cannot listen on port {result.GetValue(port)} ({ex.Message}); choose another with --port.");
                return 2;
            }

            Console.Out.WriteLine($"Serving {options.OutputPath} at {server.Address} — press Ctrl+C to stop.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancel);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C.
            }

            return 0;
        });
        return command;
    }
}
