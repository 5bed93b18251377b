namespace IbpPortal.Import;

/// <summary>Paths as import messages show them.</summary>
internal static class ImportPaths
{
    /// <summary>Forward slashes, without a leading <c>./</c>.</summary>
    public static string Display(string path)
    {
        var display = path.Replace('\\', '/');
        while (display.StartsWith("./", StringComparison.Ordinal))
        {
            display = display[2..];
        }

        return display;
    }
}
