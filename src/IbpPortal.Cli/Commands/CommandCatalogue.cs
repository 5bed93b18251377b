using System.CommandLine;

namespace IbpPortal.Cli.Commands;

/// <summary>The list of the program's commands, in the order <c>ibp --help</c> shows them.</summary>
internal static class CommandCatalogue
{
    public static IEnumerable<Command> All()
    {
        yield return BuildCommand.Create();
        yield return MergeCommand.Create();
        yield return CheckCommand.Create();
        yield return PreviewCommand.Create();
        yield return NewCommand.Create();
        yield return InitCommand.Create();
        yield return SpcCommand.Create();
        yield return ImportCommand.Create();
        yield return SampleCommand.Create();
    }
}
