namespace IbpPortal.Tests.Import.RealData;

/// <summary>The shared folder of real NHS England files (<c>../shared/realdata</c> beside the repository), found by walking
/// up from the test assembly as <c>tools/make_sample_data.py</c> does; null when it is not on this machine.</summary>
internal static class RealDataFolder
{
    private static readonly Lazy<string?> Found = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "realdata");
            if (Directory.Exists(Path.Combine(candidate, "nhse")))
            {
                return candidate;
            }
        }

        return null;
    });

    /// <summary>The folder, or null.</summary>
    public static string? Root => Found.Value;

    /// <summary>A file or folder under <c>realdata/nhse</c>.</summary>
    public static string Nhse(params string[] parts) => Path.Combine([Found.Value!, "nhse", .. parts]);

    /// <summary>Every file in a folder under <c>realdata/nhse</c> with this extension, in name order.</summary>
    public static string[] Files(string folder, string extension) =>
        [.. Directory.GetFiles(Nhse(folder), "*" + extension).Order(StringComparer.Ordinal)];
}
