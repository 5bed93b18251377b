namespace IbpPortal.Tests.Harness;

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

    /// <summary>The repository's root (holding IbpPortal.sln).</summary>
    public static string Root => RootPath.Value;

    /// <summary>The repository's theme folder.</summary>
    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>A cache folder shared by every test in this run, so the theme's Sass compiles once.</summary>
    public static string SharedCache { get; } = Path.Combine(Path.GetTempPath(), "ibp-test-cache");
}
