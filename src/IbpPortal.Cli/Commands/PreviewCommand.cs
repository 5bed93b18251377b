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
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
            var serving = false;
            using var signals = StopSignals.Register(() => serving, stop);
            await using var server = new PreviewServer(options, build =>
            {
                report.Diagnostics(build.Diagnostics);
                report.Summary(build, "Rebuilt");
            });
            try
            {
                if (!await server.StartAsync(result.GetValue(port), report.Note))
                {
                    Console.Error.WriteLine($"ibp: another ibp build or preview is still writing {options.OutputPath}; stop it, then run ibp preview again.");
                    return 1;
                }
            }
            catch (IOException ex)
            {
                Console.Error.WriteLine($"ibp: cannot listen on port {result.GetValue(port)} ({ex.Message}); choose another with --port.");
                return 2;
            }

            Console.Out.WriteLine($"Serving {options.OutputPath} at {server.Address} — press Ctrl+C to stop.");
            serving = true;
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: the server stops, releasing the port and the output folder's lock.
            }

            return 0;
        });
        return command;
    }
}
