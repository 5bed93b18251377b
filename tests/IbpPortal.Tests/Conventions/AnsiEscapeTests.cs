namespace IbpPortal.Tests.Conventions;

/// <summary>Terminal colours live in one class: nowhere else writes raw ANSI escape sequences.</summary>
public sealed class AnsiEscapeTests
{
    // The console reporter colours each diagnostic line itself, because Spectre.Console would wrap the long lines
    // that editors and CI logs must be able to jump from.
    private const string ConsoleColourClass = "src/IbpPortal.Cli/Commands/ConsoleReport.cs";

    private static readonly string[] Escapes = ["\\u001b[", "\\u001B[", "\\x1b[", "\\x1B[", "\\e[", "\u001b["];

    [Fact]
    public void Raw_ansi_escapes_appear_only_in_the_console_colour_class()
    {
        var offences = SourceFile.Product
            .Where(f => f.Path != ConsoleColourClass)
            .SelectMany(f => f.Lines.Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => Escapes.Any(e => l.Text.Contains(e, StringComparison.Ordinal)))
            .Select(l => l.File.Offence(l.Line))
            .ToList();

        Assert.True(offences.Count == 0, $"Raw ANSI escapes outside {ConsoleColourClass} (colour through it, or through Spectre.Console markup):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_console_colour_class_exists() =>
        Assert.Contains(SourceFile.Product, f => f.Path == ConsoleColourClass);
}
