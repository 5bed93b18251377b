namespace IbpPortal.BrowserTests.Harness;

/// <summary>Paths in this repository, found from the test assembly's folder.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IbpPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("IbpPortal.sln not found above the test folder.");
    });

    /// <summary>The repository's root (holding IbpPortal.sln and the sample portal).</summary>
    public static string Root => RootPath.Value;

    /// <summary>This test project's folder, where npm installs the Nu HTML Checker.</summary>
    public static string Project => Path.Combine(Root, "tests", "IbpPortal.BrowserTests");

    /// <summary>Where screenshots are kept after the run, for people to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(Path.GetTempPath(), "ibp-browser-screenshots");
}
