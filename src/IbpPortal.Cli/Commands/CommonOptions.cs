using System.CommandLine;

namespace IbpPortal.Cli.Commands;

/// <summary>Options that the build-like commands share.</summary>
internal static class CommonOptions
{
    public static Option<string> Root() => new("--root")
    {
        Description = "The portal's folder (holding portal.yml, input/, data/ and theme/).",
        DefaultValueFactory = _ => ".",
    };

    public static Option<bool> Quiet() => new("--quiet", "-q") { Description = "Print errors and warnings only." };

    public static Option<bool> Verbose() => new("--verbose", "-v") { Description = "Print each stage's timing and details." };

    public static Option<bool> Internal() => new("--internal") { Description = "Build the internal edition (board Part II): includes content marked visibility: internal." };

    public static Option<bool> Drafts() => new("--drafts") { Description = "Include pages marked draft: true." };
}
