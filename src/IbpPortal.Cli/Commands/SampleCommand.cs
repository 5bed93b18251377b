using System.CommandLine;
using IbpPortal.Sample;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp sample</c>: writes a synthetic portal (settings, plan data, pages, a theme link) of a chosen size, for tests and benchmarks.</summary>
internal static class SampleCommand
{
    public static Command Create()
    {
        var icbs = new Option<int>("--icbs") { Description = "ICBs (codes Q001…); 0 writes a content-only portal with no data/ folder.", DefaultValueFactory = _ => 42 };
        var trusts = new Option<int>("--trusts-per-icb") { Description = "Trusts under each ICB (codes R0001…).", DefaultValueFactory = _ => 5 };
        var metrics = new Option<int>("--metrics") { Description = "Metrics, at least 6 per domain from 36 up (1 to 42).", DefaultValueFactory = _ => 40 };
        var months = new Option<int>("--months") { Description = "Months of actuals and plans, ending 2026-03 (the reporting period).", DefaultValueFactory = _ => 36 };
        var pages = new Option<int>("--pages") { Description = "Markdown pages under input/ (300–800 words each), besides the home page, which is always written.", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed and sizes always write the same files.", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out") { Description = "The portal folder to create; it must be new or empty.", Required = true };
        var theme = new Option<string?>("--theme")
        {
            Description = "The theme folder that <out>/theme links to (a symbolic link). Default: theme/ of the repository found by walking up from the current folder to IbpPortal.sln; none when there is no such repository.",
        };

        var command = new Command("sample", "Write a synthetic portal of a chosen size (every figure illustrative), for tests and benchmarks.")
        {
            icbs, trusts, metrics, months, pages, seed, output, theme,
        };
        command.SetAction(parse =>
        {
            var stdout = parse.InvocationConfiguration.Output;
            var stderr = parse.InvocationConfiguration.Error;
            var themePath = parse.GetValue(theme) ?? RepositoryTheme(Directory.GetCurrentDirectory());
            if (themePath is not null && !Directory.Exists(themePath))
            {
                stderr.WriteLine($"ibp: the theme folder '{themePath}' does not exist; give an existing folder with --theme.");
                return 2;
            }

            var options = new SampleOptions
            {
                Icbs = parse.GetValue(icbs),
                TrustsPerIcb = parse.GetValue(trusts),
                Metrics = parse.GetValue(metrics),
                Months = parse.GetValue(months),
                Pages = parse.GetValue(pages),
                Seed = parse.GetValue(seed),
                Output = parse.GetValue(output)!,
                Theme = themePath,
            };
            try
            {
                var summary = SampleGenerator.Generate(options);
                stdout.WriteLine(
                    $"Wrote {Path.GetFullPath(options.Output)}: {summary.Organisations:N0} organisations, {summary.Metrics} metrics, {summary.Months} months, " +
                    $"{summary.ActualRows:N0} actual rows, {summary.PlanRows:N0} plan rows, {summary.Pages:N0} pages{(themePath is null ? ", no theme link" : string.Empty)}.");
                return 0;
            }
            catch (ArgumentException ex)
            {
                stderr.WriteLine($"ibp: {ex.Message}.");
                return 2;
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"ibp: {ex.Message}.");
                return 1;
            }
        });
        return command;
    }

    /// <summary>The <c>theme/</c> folder beside the nearest <c>IbpPortal.sln</c> at or above <paramref name="start"/>, if any.</summary>
    private static string? RepositoryTheme(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IbpPortal.sln")))
            {
                var theme = Path.Combine(dir.FullName, "theme");
                return Directory.Exists(theme) ? theme : null;
            }
        }

        return null;
    }
}
