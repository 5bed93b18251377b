using System.Text.RegularExpressions;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Conventions;

/// <summary>
/// The seam between stages stays typed: no service locator hands results from one section to another, and no ambient
/// per-thread state passes work between a page and its pack. Each rule lists its offences by file and line.
/// </summary>
public sealed partial class SeamConventionTests
{
    [Fact]
    public void No_service_locator_is_used_in_src()
    {
        // A section or shortcode takes what it needs as a constructor parameter (see SiteComposition.Sections).
        Assert.Empty(Offences(ServiceLocator()));
    }

    [Fact]
    public void Nothing_in_src_is_thread_static()
    {
        // A render unit returns what it made; shared charts travel on RenderContext.ForUnit, never on the thread.
        Assert.Empty(Offences(ThreadStatic()));
    }

    [Fact]
    public void The_scanner_reports_an_offence_by_file_and_line()
    {
        var found = Scan("a.cs", "class A\n{\n    [ThreadStatic] static int x;\n}\n", ThreadStatic());
        Assert.Equal(["a.cs:3: [ThreadStatic] static int x;"], found);
    }

    /// <summary>Every line of the C# files under <c>src/</c> that matches <paramref name="pattern"/>, as <c>path:line: text</c>.</summary>
    private static List<string> Offences(Regex pattern)
    {
        var src = Path.Combine(RepoPaths.Root, "src");
        return [.. Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            .Order(StringComparer.Ordinal)
            .SelectMany(f => Scan(Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), File.ReadAllText(f), pattern))];
    }

    private static IEnumerable<string> Scan(string path, string text, Regex pattern) =>
        text.Split('\n')
            .Select((line, i) => (Line: line.Trim(), Number: i + 1))
            .Where(l => !l.Line.StartsWith("//", StringComparison.Ordinal) && pattern.IsMatch(l.Line))
            .Select(l => $"{path}:{l.Number}: {l.Line}");

    [GeneratedRegex(@"\bService<|\bAddService\b")]
    private static partial Regex ServiceLocator();

    [GeneratedRegex(@"\[\s*(System\.)?ThreadStatic(Attribute)?\s*[\](]")]
    private static partial Regex ThreadStatic();
}
