using System.CommandLine;
using IbpPortal.Diagnostics;
using IbpPortal.Import;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp import nhse-ae FILE… [--data DIR]</c>: converts published NHS statistics into plan data.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("files")
        {
            Description = "NHS England monthly A&E provider CSVs, as published (one per month).",
            Arity = ArgumentArity.OneOrMore,
        };
        var data = new Option<string>("--data")
        {
            Description = "The plan data folder holding organisations.csv and actuals.csv.",
            DefaultValueFactory = _ => "data",
        };
        var nhseAe = new Command("nhse-ae", "Merge NHS England monthly A&E attendances and emergency admissions into actuals.csv.")
        {
            files,
            data,
        };
        nhseAe.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var diagnostics = new DiagnosticBag();
            var summary = NhseAeImport.Run(parse.GetValue(files) ?? [], parse.GetValue(data) ?? "data", diagnostics);
            var digest = DiagnosticDigest.Of(diagnostics.Sorted());
            foreach (var line in digest.Shown.Select(d => d.ToString()).Concat(digest.Omitted))
            {
                error.WriteLine(line);
            }

            if (summary is null)
            {
                error.WriteLine("Nothing was written.");
                return 1;
            }

            foreach (var line in summary.ToLines())
            {
                output.WriteLine(line);
            }

            return 0;
        });

        return new Command("import", "Convert published statistics into plan data.") { nhseAe };
    }
}
