using IbpPortal.Build;
using IbpPortal.Diagnostics;
using Spectre.Console;

namespace IbpPortal.Cli.Commands;

/// <summary>Prints progress, diagnostics and the summary; colours only on a terminal without NO_COLOR.</summary>
internal sealed class ConsoleReport : IBuildReporter
{
    private readonly IAnsiConsole _out;
    private readonly IAnsiConsole _err;
    private readonly TextWriter _errorWriter;
    private readonly bool _errorColour;

    public ConsoleReport(bool quiet, bool verbose, TextWriter? output = null, TextWriter? error = null)
    {
        Quiet = quiet;
        Verbose = verbose;
        var noColour = Environment.GetEnvironmentVariable("NO_COLOR") is { Length: > 0 };
        _out = Create(output ?? Console.Out, noColour || Console.IsOutputRedirected || output is not null);
        _err = Create(error ?? Console.Error, noColour || Console.IsErrorRedirected || error is not null);
        _errorWriter = error ?? Console.Error;
        _errorColour = !(noColour || Console.IsErrorRedirected || error is not null);
    }

    public bool Quiet { get; }

    public bool Verbose { get; }

    public void Stage(string name, TimeSpan elapsed, string summary)
    {
        if (!Quiet)
        {
            _out.MarkupLineInterpolated($"[grey]{name,-9}[/] {elapsed.TotalSeconds,6:N2}s  {summary}");
        }
    }

    /// <summary>A note while the build waits, on the error stream so it shows even with --quiet.</summary>
    public void Note(string message) => _errorWriter.WriteLine("ibp: " + message);

    /// <summary>
    /// One line per problem, never wrapped, so editors and CI logs can jump to file and line; after
    /// <see cref="DiagnosticDigest.PerCode"/> of one code, a line saying how many more there are.
    /// </summary>
    public void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var digest = DiagnosticDigest.Of(diagnostics);
        foreach (var diagnostic in digest.Shown)
        {
            var colour = diagnostic.Severity == Severity.Error ? "\u001b[31m" : "\u001b[33m";
            _errorWriter.WriteLine(_errorColour ? colour + diagnostic + "\u001b[0m" : diagnostic.ToString());
        }

        foreach (var line in digest.Omitted)
        {
            _errorWriter.WriteLine(line);
        }
    }

    public void Line(string text)
    {
        if (!Quiet)
        {
            _out.WriteLine(text);
        }
    }

    public void Summary(BuildResult result, string action)
    {
        if (result.UpToDate)
        {
            if (!Quiet)
            {
                _out.MarkupLineInterpolated($"[green]Up to date[/]: nothing changed since the last build ({result.Elapsed.TotalSeconds:N2}s). Use --clean to rebuild anyway.");
            }
        }
        else if (result.Succeeded)
        {
            if (!Quiet)
            {
                _out.MarkupLineInterpolated(
                    $"[green]{action}[/]: {result.Counts.Pages:N0} pages, {result.Counts.Files:N0} other files, {result.Counts.SearchPages:N0} pages in search, {result.Warnings} warning{(result.Warnings == 1 ? string.Empty : "s")}, in {result.Elapsed.TotalSeconds:N1}s.");
            }
        }
        else
        {
            _err.MarkupLineInterpolated(
                $"[red]Failed[/]: {result.Errors} error{(result.Errors == 1 ? string.Empty : "s")}, {result.Warnings} warning{(result.Warnings == 1 ? string.Empty : "s")}. Nothing was published; the previous output is unchanged.");
        }
    }

    private static IAnsiConsole Create(TextWriter writer, bool plain)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = plain ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = plain ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = InteractionSupport.No,
        });

        // Logs are read by people and tools; a wrapped line is harder for both.
        console.Profile.Width = 400;
        return console;
    }
}
