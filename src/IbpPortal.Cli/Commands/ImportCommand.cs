using System.CommandLine;
using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Import;
using IbpPortal.Import.Tables;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp import &lt;publication&gt; FILE… [--data DIR] [--add-metrics]</c>: converts published NHS statistics into plan data.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var import = new Command("import", "Convert published statistics into plan data.");
        foreach (var (id, title) in PublicationRegistry.Names)
        {
            import.Subcommands.Add(Publication(id, title));
        }

        import.Subcommands.Add(Ods());
        return import;
    }

    private static Command Publication(string id, string title)
    {
        var files = new Argument<string[]>("files") { Description = $"{title} files, as published.", Arity = ArgumentArity.OneOrMore };
        var data = DataOption();
        var addMetrics = new Option<bool>("--add-metrics") { Description = "Add the publication's measures that metrics.csv lacks." };
        var command = new Command(id, $"Merge {title} into actuals.csv (other providers into context-actuals.csv).") { files, data, addMetrics };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var progress = Console.IsErrorRedirected ? ImportProgress.None : new ImportProgress(DrawProgress);
            var summary = PublicationRegistry.Import(id, parse.GetValue(files) ?? [], parse.GetValue(data) ?? "data", parse.GetValue(addMetrics), diagnostics, progress);
            return Finish(parse, diagnostics, summary?.ToLines());
        });
        return command;
    }

    private static Command Ods()
    {
        var file = new Argument<string>("file") { Description = "NHS England's ODS etr.csv (NHS trusts), as published." };
        var data = DataOption();
        var command = new Command("ods", "Name England's NHS trusts, their ICB and region in context-organisations.csv from ODS etr.csv.") { file, data };
        command.SetAction(parse =>
        {
            var diagnostics = new DiagnosticBag();
            var summary = OdsImport.Run(parse.GetValue(file) ?? string.Empty, parse.GetValue(data) ?? "data", diagnostics);
            return Finish(parse, diagnostics, summary is null ? null : [summary]);
        });
        return command;
    }

    private static Option<string> DataOption() => new("--data")
    {
        Description = "The plan data folder holding organisations.csv and actuals.csv.",
        DefaultValueFactory = _ => "data",
    };

    private static int Finish(ParseResult parse, DiagnosticBag diagnostics, IEnumerable<string>? lines)
    {
        var error = parse.InvocationConfiguration.Error;
        var digest = DiagnosticDigest.Of(diagnostics.Sorted());
        foreach (var line in digest.Shown.Select(d => d.ToString()).Concat(digest.Omitted))
        {
            error.WriteLine(line);
        }

        if (lines is null)
        {
            error.WriteLine("Nothing was written.");
            return 1;
        }

        foreach (var line in lines)
        {
            parse.InvocationConfiguration.Output.WriteLine(line);
        }

        return 0;
    }

    private static void DrawProgress(string file, double fraction)
    {
        var percent = (fraction * 100).ToString("0", CultureInfo.InvariantCulture);
        Console.Error.Write(fraction >= 1 ? $"\r{file}: read.{new string(' ', 8)}\n" : $"\r{file}: {percent}%");
    }
}
