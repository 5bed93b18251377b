using System.CommandLine;
using IbpPortal.Cli.Commands;

var root = new RootCommand("IBP Portal: builds a static NHS integrated-planning portal, with benchmarking and board packs, from markdown and plan data.");
// Each command lives in its own file under Commands/ and is registered here.
foreach (var command in CommandCatalogue.All())
{
    root.Subcommands.Add(command);
}

return await root.Parse(args).InvokeAsync();
