using System.CommandLine;
using System.Text;
using System.Text.Json;
using IbpPortal.Analyse.Spc;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Cli.Commands;

/// <summary><c>ibp spc</c>: the SPC chart of one series from CSV, as JSON, for analysts checking a series.</summary>
/// <remarks>
/// Input: a header with <c>period</c> and <c>value</c> (and optionally <c>target</c>), one month a line;
/// a value may be blank (missing), <c>*</c> (suppressed) or <c>-</c> (not applicable). Problems are
/// reported as <c>path:line: error IBP30xx: what is wrong; what to do</c>: exit code 1 for the data,
/// 2 for the command line. Codes IBP3001–IBP3099 belong to this command.
/// </remarks>
internal static class SpcCommand
{
    private const string StdinName = "<stdin>";
    private const string CommandLineName = "<command line>";
    private const int DataError = 1;
    private const int UsageError = 2;

    /// <summary>Creates the command, reading standard input when no file is given.</summary>
    public static Command Create() => Create(() => Console.In);

    /// <summary>Creates the command with <paramref name="standardInput"/> in place of the console's (for tests).</summary>
    internal static Command Create(Func<TextReader> standardInput)
    {
        var file = new Argument<string?>("file")
        {
            Description = "The series as CSV (period,value[,target]); standard input when absent or '-'.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var improvement = new Option<string?>("--improvement")
        {
            Description = "Which direction is good: increase (default), decrease or neutral.",
        };
        var target = new Option<string?>("--target")
        {
            Description = "A target for every month (replaces any target column).",
        };
        var rebase = new Option<string?>("--rebase")
        {
            Description = "Months that start a new segment: YYYY-MM[,YYYY-MM…].",
        };
        var noScreen = new Option<bool>("--no-screen")
        {
            Description = "Keep outlying moving ranges in the average (as NHS England's Excel tool does).",
        };

        var command = new Command("spc", "Computes the SPC (Making Data Count) chart of one series from CSV and prints it as JSON.");
        command.Arguments.Add(file);
        command.Options.Add(improvement);
        command.Options.Add(target);
        command.Options.Add(rebase);
        command.Options.Add(noScreen);

        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;

            var usage = new List<Diagnostic>();
            var direction = ParseImprovement(parseResult.GetValue(improvement), usage);
            var fixedTarget = ParseTarget(parseResult.GetValue(target), usage);
            var rebaseAt = ParseRebase(parseResult.GetValue(rebase), usage);
            var path = parseResult.GetValue(file);
            var fromStdin = path is null or "-";
            if (!fromStdin && !File.Exists(path))
            {
                usage.Add(Error(SourceLocation.File(path!), "IBP3001", "the file does not exist", "give the path of a CSV file, or '-' to read standard input"));
            }

            if (usage.Count > 0)
            {
                return Report(error, usage, UsageError);
            }

            var name = fromStdin ? StdinName : path!;
            var problems = new DiagnosticBag();
            var series = ReadSeries(name, fromStdin ? standardInput : null, problems);
            foreach (var warning in problems.Sorted().Where(d => d.Severity == Severity.Warning))
            {
                error.WriteLine(warning.ToString());
            }

            var errors = problems.Sorted().Where(d => d.Severity == Severity.Error).ToList();
            if (errors.Count > 0)
            {
                return Report(error, errors, DataError);
            }

            if (fixedTarget is { } t)
            {
                series = [.. series.Select(p => p with { Target = t })];
            }

            var result = SpcCalculator.Calculate(series, direction, rebaseAt, new SpcOptions(ScreenMovingRanges: !parseResult.GetValue(noScreen)));
            foreach (var segment in result.Segments.Where(s => s.NoVariation))
            {
                error.WriteLine(NoVariationWarning(name, segment));
            }

            output.Write(ToJson(result));
            return 0;
        });

        return command;
    }

    private static Diagnostic NoVariationWarning(string name, SpcSegment segment) => new(
        SourceLocation.File(name), Severity.Warning, "IBP3011",
        $"segment {segment.Index} ({segment.Start} to {segment.End}) has no variation to judge: its average moving range is 0 after screening, so no point is flagged",
        "for a rare event (mostly zeros) use a rare-event chart such as a g or t chart; otherwise try --no-screen");

    private static Improvement ParseImprovement(string? text, List<Diagnostic> usage)
    {
        switch (text?.Trim().ToUpperInvariant())
        {
            case null or "INCREASE":
                return Improvement.Increase;
            case "DECREASE":
                return Improvement.Decrease;
            case "NEUTRAL":
                return Improvement.Neutral;
            default:
                usage.Add(Error(SourceLocation.File(CommandLineName), "IBP3020", $"--improvement '{text}' is not a direction", "use increase, decrease or neutral"));
                return Improvement.Increase;
        }
    }

    private static double? ParseTarget(string? text, List<Diagnostic> usage)
    {
        if (text is null)
        {
            return null;
        }

        if (SpcSeriesReader.TooLarge(text))
        {
            usage.Add(Error(SourceLocation.File(CommandLineName), "IBP3010", $"--target '{text}' is too large to analyse: it must lie within ±1e12", "give the target as a plain number such as 95"));
            return null;
        }

        if (SpcSeriesReader.TryNumber(text, out var number))
        {
            return number;
        }

        usage.Add(Error(SourceLocation.File(CommandLineName), "IBP3021", $"--target '{text}' is not a number", "give the target as a plain number such as 95 or 0.95"));
        return null;
    }

    private static Period[] ParseRebase(string? text, List<Diagnostic> usage)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var periods = new List<Period>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (Period.TryParse(part, out var period))
            {
                periods.Add(period);
            }
            else
            {
                usage.Add(Error(SourceLocation.File(CommandLineName), "IBP3022", $"--rebase '{part}' is {Period.WhyNot(part)}", "write each month as YYYY-MM, separated by commas"));
            }
        }

        return [.. periods];
    }

    /// <summary>Reads the series from the file, or from <paramref name="standardInput"/> when it is given.</summary>
    private static SpcInputPoint[] ReadSeries(string name, Func<TextReader>? standardInput, DiagnosticBag problems)
    {
        using var reader = standardInput is null
            ? CsvFileReader.Open(name, name, problems)
            : CsvFileReader.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(ReadAll(standardInput))), name, problems);
        return reader is null ? [] : SpcSeriesReader.Read(reader, problems);
    }

    private static string ReadAll(Func<TextReader> standardInput)
    {
        using var input = standardInput();
        return input.ReadToEnd();
    }

    private static Diagnostic Error(SourceLocation location, string code, string message, string hint) =>
        new(location, Severity.Error, code, message, hint);

    private static int Report(TextWriter error, IEnumerable<Diagnostic> diagnostics, int exitCode)
    {
        var digest = DiagnosticDigest.Of(diagnostics);
        foreach (var line in digest.Shown.Select(d => d.ToString()).Concat(digest.Omitted))
        {
            error.WriteLine(line);
        }

        return exitCode;
    }

    /// <summary>The result as indented JSON with snake_case names; the same input always gives the same bytes.</summary>
    internal static string ToJson(SpcResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteStartArray("points");
            foreach (var point in result.Points)
            {
                json.WriteStartObject();
                json.WriteString("period", point.Period.ToString());
                WriteNumber(json, "value", point.Value.AsNullable);
                json.WriteString("value_kind", Snake(point.Value.Kind.ToString()));
                WriteNumber(json, "mean", point.Mean);
                WriteNumber(json, "upl", point.Upl);
                WriteNumber(json, "lpl", point.Lpl);
                json.WriteString("special_cause", Snake(point.SpecialCause.ToString()));
                json.WriteString("rule", Snake(point.Rule.ToString()));
                json.WriteNumber("segment", point.Segment);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("variation_icon", Snake(result.Variation.ToString()));
            json.WriteString("assurance_icon", Snake(result.Assurance.ToString()));
            json.WriteBoolean("short_series", result.ShortSeries);
            json.WriteStartArray("segments");
            foreach (var segment in result.Segments)
            {
                json.WriteStartObject();
                json.WriteNumber("index", segment.Index);
                json.WriteString("start", segment.Start.ToString());
                json.WriteString("end", segment.End.ToString());
                json.WriteNumber("value_count", segment.ValueCount);
                WriteNumber(json, "mean", segment.Mean);
                WriteNumber(json, "average_moving_range", segment.AverageMovingRange);
                WriteNumber(json, "upl", segment.Upl);
                WriteNumber(json, "lpl", segment.Lpl);
                json.WriteBoolean("unreliable", segment.Unreliable);
                json.WriteBoolean("no_variation", segment.NoVariation);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? number)
    {
        if (number is { } n)
        {
            json.WriteNumber(name, n);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>Turns an enum member name such as <c>HitAndMiss</c> into <c>hit_and_miss</c>.</summary>
    private static string Snake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && builder.Length > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
