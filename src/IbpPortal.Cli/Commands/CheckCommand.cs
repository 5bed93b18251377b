using System.CommandLine;
using IbpPortal.Build;
using IbpPortal.Diagnostics;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp check</c>: runs every stage without writing output; exit code 0 when there are no errors, 1 otherwise.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var root = CommonOptions.Root();
        var quiet = CommonOptions.Quiet();
        var verbose = CommonOptions.Verbose();
        var @internal = CommonOptions.Internal();
        var drafts = CommonOptions.Drafts();
        var format = new Option<string>("--format")
        {
            Description = "How to print problems: text, or github (GitHub Actions annotations).",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "github");
        var external = new Option<bool>("--external") { Description = "Also list external links (they are never fetched)." };

        var command = new Command("check", "Check content, data and theme for problems without writing anything.")
        {
            root, quiet, verbose, @internal, drafts, format, external,
        };
        command.SetAction(result =>
        {
            var options = new BuildOptions
            {
                Root = Path.GetFullPath(result.GetValue(root)!),
                Internal = result.GetValue(@internal),
                Drafts = result.GetValue(drafts),
                Search = false,
                CheckOnly = true,
            };
            if (result.GetValue(format) == "github")
            {
                var outcome = BuildPipeline.Run(options);
                var digest = DiagnosticDigest.Of(outcome.Diagnostics);
                foreach (var d in digest.Shown)
                {
                    Console.Out.WriteLine(GitHub(d));
                }

                foreach (var line in digest.Omitted)
                {
                    Console.Out.WriteLine("::notice::" + line);
                }

                return outcome.Succeeded ? 0 : 1;
            }

            var report = new ConsoleReport(result.GetValue(quiet), result.GetValue(verbose));
            var code = BuildCommand.Run(options, report, "No errors", out var checkedBuild);
            if (result.GetValue(external) && checkedBuild is not null)
            {
                Console.Out.WriteLine($"External links ({checkedBuild.ExternalLinks.Count}; listed, never fetched):");
                foreach (var (source, url) in checkedBuild.ExternalLinks)
                {
                    Console.Out.WriteLine($"  {source}: {url}");
                }
            }

            return code;
        });
        return command;
    }

    /// <summary>A GitHub Actions workflow command: <c>::error file=…,line=…,title=CODE::message; hint</c>.</summary>
    internal static string GitHub(Diagnostic d)
    {
        static string Escape(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
        static string EscapeProperty(string s) => Escape(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
        var kind = d.Severity == Severity.Error ? "error" : "warning";
        var line = d.Location.Line > 0 ? $",line={d.Location.Line}" : string.Empty;
        var column = d.Location.Column is { } c ? $",col={c}" : string.Empty;
        return $"::{kind} file={EscapeProperty(d.Location.Path)}{line}{column},title={EscapeProperty(d.Code)}::{Escape(d.Message + "; " + d.Hint)}";
    }
}
