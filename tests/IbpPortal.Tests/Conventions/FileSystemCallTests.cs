using System.Text.RegularExpressions;

namespace IbpPortal.Tests.Conventions;

/// <summary>Files are read in Load and written in Write: <c>File.</c> and <c>Directory.</c> are never called anywhere else, except where named here with the reason.</summary>
public sealed partial class FileSystemCallTests
{
    // Folders of src/IbpPortal whose job is the file system.
    private static readonly string[] Stages = ["Load/", "Write/", "Build/", "Theme/"];

    // Whole folders or files allowed with the reason; a file that no longer needs its entry must leave the list.
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["src/IbpPortal.Cli/"] = "the command line resolves the paths it is given and writes crash reports",
        ["src/IbpPortal/Import/"] = "ibp import reads publications and rewrites files in data/",
        ["src/IbpPortal/Sample/"] = "ibp sample writes a whole portal folder",
        ["src/IbpPortal/Safety/"] = "checks the output folder before anything is written: its lock, its marker, links out of it",
        ["src/IbpPortal/Index/SearchIndexer.cs"] = "runs Pagefind over the written output and counts its fragments",
        ["src/IbpPortal/Index/ParentBoundProcess.cs"] = "looks for /bin/sh to run Pagefind under a watchdog",
        ["src/IbpPortal/Content/PortalTemplate.cs"] = "ibp init copies the template portal",
        ["src/IbpPortal/Content/Scaffold.cs"] = "ibp new writes a page into input/",
        ["src/IbpPortal/Content/ContentLoader.cs"] = "to move to Load: reads input/*.md",
        ["src/IbpPortal/Content/ReferenceLoader.cs"] = "to move to Load: reads the references file",
        ["src/IbpPortal/Settings/SettingsLoader.cs"] = "to move to Load: reads portal.yml",
    };

    [Fact]
    public void File_and_Directory_are_called_only_in_the_stages_that_own_the_file_system()
    {
        var offences = Offences().Where(o => !IsAllowed(o.File)).Select(o => o.File.Offence(o.Line)).ToList();

        Assert.True(offences.Count == 0,
            "File./Directory. called outside Load, Write, Build and Theme (read in Load and pass the data in, or name the allowance with its reason):\n" +
            string.Join("\n", offences));
    }

    [Fact]
    public void Every_allowance_is_still_needed()
    {
        var used = Offences().Select(o => o.File.Path).ToHashSet(StringComparer.Ordinal);
        var stale = Allowed.Keys.Where(key => !used.Any(path => path.StartsWith(key, StringComparison.Ordinal))).ToList();

        Assert.True(stale.Count == 0, "These allowances are no longer needed; remove them from FileSystemCallTests.Allowed:\n" + string.Join("\n", stale));
    }

    [Theory]
    [InlineData("var text = File.ReadAllText(path);", true)]
    [InlineData("if (!Directory.Exists(dir))", true)]
    [InlineData("System.IO.File.Delete(path);", true)]
    [InlineData("var info = new FileInfo(path);", false)]
    [InlineData("row.File.Path", false)]
    [InlineData("SourceLocation.File(path)", false)]
    public void Pattern_finds_static_calls_only(string code, bool found) => Assert.Equal(found, StaticCall().IsMatch(code));

    private static IEnumerable<(SourceFile File, int Line)> Offences() =>
        SourceFile.Product
            .Where(f => !(f.Project == "IbpPortal" && Stages.Any(s => f.InProject.StartsWith(s, StringComparison.Ordinal))))
            .SelectMany(f => f.Code.Select((code, i) => (File: f, Line: i + 1, Code: code)))
            .Where(l => StaticCall().IsMatch(l.Code))
            .Select(l => (l.File, l.Line));

    private static bool IsAllowed(SourceFile file) => Allowed.Keys.Any(key => file.Path.StartsWith(key, StringComparison.Ordinal));

    // File.X or Directory.X as a type's static member: not after a dot or a word (row.File.Path, SourceLocation.File(...)).
    [GeneratedRegex(@"(?<![\w]\.|\w)(System\.IO\.)?(File|Directory)\.[A-Z]\w*")]
    private static partial Regex StaticCall();
}
