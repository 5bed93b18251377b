using System.Text.RegularExpressions;
using System.Xml.Linq;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests;

/// <summary>Rules that must never creep into the code base, checked over the repository's files.</summary>
public sealed partial class ConventionTests
{
    [Fact]
    public void Library_never_reads_the_clock()
    {
        // The same input must build the same site: the clock belongs to the CLI, never to src/IbpPortal.
        var library = Path.Combine(RepoPaths.Root, "src", "IbpPortal");
        var uses = Directory.EnumerateFiles(library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(Path.GetRelativePath(library, f)))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(RepoPaths.Root, f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && Clock().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();

        Assert.True(uses.Count == 0, "The library reads the clock (pass the date in instead):\n" + string.Join("\n", uses));
    }

    [Fact]
    public void Package_versions_are_exact()
    {
        var props = XDocument.Load(Path.Combine(RepoPaths.Root, "Directory.Packages.props"));
        var versions = props.Descendants("PackageVersion")
            .Select(p => (Name: (string?)p.Attribute("Include") ?? "?", Version: (string?)p.Attribute("Version") ?? string.Empty))
            .ToList();

        Assert.NotEmpty(versions);
        var floating = versions.Where(v => !ExactVersion().IsMatch(v.Version)).Select(v => $"{v.Name} {v.Version}").ToList();
        Assert.True(floating.Count == 0, "Floating or missing package versions (pin x.y.z):\n" + string.Join("\n", floating));
    }

    [Theory]
    [InlineData("var now = DateTime.Now;", true)]
    [InlineData("stamp = DateTime.UtcNow.Year", true)]
    [InlineData("DateTimeOffset.Now", true)]
    [InlineData("DateTimeOffset.UtcNow", true)]
    [InlineData("DateTime.Today", true)]
    [InlineData("var period = new Period(2019, 3);", false)]
    [InlineData("DateTime.NowHere", false)]
    public void Clock_pattern_finds_each_way_of_reading_the_clock(string code, bool reads) =>
        Assert.Equal(reads, Clock().IsMatch(code));

    [Theory]
    [InlineData("1.6.0", true)]
    [InlineData("18.0.1", true)]
    [InlineData("1.*", false)]
    [InlineData("[1.0,2.0)", false)]
    [InlineData("5.1.59-beta", false)]
    [InlineData("", false)]
    public void Exact_version_pattern_accepts_only_x_y_z(string version, bool exact) =>
        Assert.Equal(exact, ExactVersion().IsMatch(version));

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar)[0] is "bin" or "obj";

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex Clock();

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex ExactVersion();
}
