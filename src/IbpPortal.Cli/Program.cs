using System.CommandLine;
using IbpPortal.Cli.Commands;
using IbpPortal.Cli;

var root = new RootCommand("IBP Portal: builds a static NHS integrated-planning portal, with benchmarking and board packs, from markdown and plan data.");
// Each command lives in its own file under Commands/ and is registered in CommandCatalogue.
foreach (var command in CommandCatalogue.All())
{
    root.Subcommands.Add(command);
}

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"ibp: {error.Message}");
    }

    Console.Error.WriteLine("Run 'ibp --help' to see the commands and their options.");
    return 2;
}

try
{
    // Without this, System.CommandLine prints the exception's stack trace itself before the handlers below run.
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"ibp: {ex.Message}");
    Console.Error.WriteLine("Check that the folder is writable and no other program holds its files, then try again.");
    return 1;
}
#pragma warning disable CA1031 // The last line of defence: a bug must not print a stack trace at a comms editor.
catch (Exception ex)
#pragma warning restore CA1031
{
    InternalErrorReport.Report(ex, args, Console.Error, Path.GetTempPath(), DateTimeOffset.UtcNow);
    if (Environment.GetEnvironmentVariable("IBP_DEBUG") == "1")
    {
        Console.Error.WriteLine(ex);
    }

    return InternalErrorReport.ExitCode;
}
