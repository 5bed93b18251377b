using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using IbpPortal.Tests.Harness;

namespace IbpPortal.Tests.Adoption;

/// <summary>
/// A new user's first sitting: pack the tool, install it into an empty tool path from that folder alone,
/// create a portal with <c>ibp init</c> and build it, all outside this repository.
/// </summary>
public sealed class ToolInstallTests : IDisposable
{
    // The pack compiles the program ahead of time for three platforms and downloads their runtime packs the first time:
    // 72 s of CPU here, and 7 min 48 s of wall time for the whole test on a machine loaded 15 times over.
    private static readonly TimeSpan PackLimit = TimeSpan.FromMinutes(12);
    private static readonly string[] Platforms = ["linux-x64", "win-x64", "osx-arm64"];
    private static readonly TimeSpan StepLimit = TimeSpan.FromMinutes(3);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ibp-tool-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    [Trait("Category", "Slow")]
    public void Packed_tool_installs_from_a_local_folder_and_builds_a_new_portal()
    {
        var feed = Path.Combine(_folder, "feed");
        var tools = Path.Combine(_folder, "tools");
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;
        var portal = Path.Combine(_folder, "portal");

        // Release output and its own obj folder keep the pack apart from the Debug build the tests run from.
        var pack = CommandLine.Run("dotnet", ["pack", Path.Combine(RepoPaths.Root, "src", "IbpPortal.Cli"), "-c", "Release", "-o", feed, "--nologo"], RepoPaths.Root, PackLimit);
        Assert.True(pack.ExitCode == 0, pack.ToString());
        // The package users install names the per-platform packages, compiled ahead of time, and 'any' for other platforms.
        Assert.Single(Directory.GetFiles(feed, "IbpPortal.Tool.*.nupkg"), f => char.IsAsciiDigit(Path.GetFileName(f)["IbpPortal.Tool.".Length]));
        foreach (var rid in Platforms.Append("any"))
        {
            Assert.True(Directory.GetFiles(feed, $"IbpPortal.Tool.{rid}.*.nupkg").Length == 1, $"one package for {rid}\n{pack}");
        }

        // Only the folder as a source, and an empty package cache: nothing is fetched and nothing stale is reused.
        var config = Path.Combine(_folder, "nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_folder, "nuget-packages") };
        var install = CommandLine.Run("dotnet", ["tool", "install", "IbpPortal.Tool", "--tool-path", tools, "--configfile", config], empty, StepLimit, isolated);
        Assert.True(install.ExitCode == 0, install.ToString());
        var ibp = Path.Combine(tools, OperatingSystem.IsWindows() ? "ibp.exe" : "ibp");
        var platform = Platforms.Contains(RuntimeInformation.RuntimeIdentifier) ? RuntimeInformation.RuntimeIdentifier : "any";
        Assert.True(Directory.GetDirectories(Path.Combine(tools, ".store"), "ibpportal.tool." + platform, SearchOption.AllDirectories).Length > 0, $"the {platform} package is installed\n{install}");

        var init = CommandLine.Run(ibp, ["init", portal], empty, StepLimit);
        Assert.True(init.ExitCode == 0, init.ToString());
        Assert.False(Directory.Exists(Path.Combine(portal, "theme")), "a new portal uses the built-in theme");

        var build = CommandLine.Run(ibp, ["build", "--root", portal, "--no-search", "--no-packs"], empty, StepLimit);
        Assert.True(build.ExitCode == 0, build.ToString());

        var index = Path.Combine(portal, "output", "index.html");
        Assert.True(File.Exists(index), build.ToString());
        var title = Regex.Match(File.ReadAllText(Path.Combine(portal, "portal.yml")), @"^title:\s*(.+)$", RegexOptions.Multiline).Groups[1].Value.Trim();
        Assert.Contains($"<title>{title}</title>", File.ReadAllText(index), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(portal, "output", "404.html")));
        Assert.True(File.Exists(Path.Combine(portal, "output", "guide", "errors", "index.html")), "a new portal has the authoring guide");
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(portal, "output", "assets"), "portal.*.css"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temp cleaner.
        }
        catch (UnauthorizedAccessException)
        {
            // Left for the system's temp cleaner.
        }
    }
}
