using System.Text.RegularExpressions;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Adoption;

/// <summary>The authoring guide's error page explains every code the generator can print.</summary>
public sealed partial class ErrorGuideTests
{
    private static readonly string Guide = Path.Combine(RepoPaths.Root, "input", "guide", "errors.md");

    [Fact]
    public void Every_code_in_the_source_is_explained_in_the_guide()
    {
        var codes = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(codes.Count > 50, $"only {codes.Count} codes found: is the scan looking in the right place?");

        var explained = GuideRow().Matches(File.ReadAllText(Guide)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var missing = codes.Except(explained).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"add these codes to input/guide/errors.md, each as a table row '| IBPnnnn | what it means | how to fix it |': {string.Join(", ", missing)}");
    }

    [Fact]
    public void Guide_explains_no_code_the_generator_never_prints()
    {
        var source = string.Join('\n', Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText));
        var stale = GuideRow().Matches(File.ReadAllText(Guide)).Select(m => m.Groups[1].Value)
            .Where(code => !source.Contains($"\"{code}\"", StringComparison.Ordinal)).ToList();
        Assert.True(stale.Count == 0, $"input/guide/errors.md explains codes no longer in src/: {string.Join(", ", stale)}");
    }

    [Fact]
    public void Each_code_has_one_row_with_a_meaning_and_a_fix()
    {
        var rows = GuideRow().Matches(File.ReadAllText(Guide)).ToList();
        Assert.Equal(rows.Count, rows.Select(r => r.Groups[1].Value).Distinct(StringComparer.Ordinal).Count());
        Assert.All(rows, r =>
        {
            Assert.True(r.Groups[2].Value.Trim().Length > 10, $"{r.Groups[1].Value}: say what it means");
            Assert.True(r.Groups[3].Value.Trim().Length > 5, $"{r.Groups[1].Value}: say how to fix it");
        });
    }

    [GeneratedRegex("\"(IBP\\d{4})\"")]
    private static partial Regex CodeLiteral();

    [GeneratedRegex(@"^\| (IBP\d{4}) \|([^|\n]+)\|([^|\n]+)\|$", RegexOptions.Multiline)]
    private static partial Regex GuideRow();
}
