namespace IbpPortal.Safety;

/// <summary>Paths as the file system sees them: symbolic links resolved, compared the way the platform compares names.</summary>
public static class RealPath
{
    /// <summary>How this platform compares file names (case-sensitive on Linux only).</summary>
    public static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The full path with every symbolic link on the way resolved; parts that do not exist yet are kept as written.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        foreach (var part in parts)
        {
            var next = Path.Combine(current, part);
            current = Resolve(next);
        }

        return Trim(current);
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies inside it (both full, resolved paths).</summary>
    public static bool IsSameOrInside(string path, string folder)
    {
        path = Trim(path);
        folder = Trim(folder);
        return path.Equals(folder, Comparison) ||
               path.StartsWith(folder.EndsWith(Path.DirectorySeparatorChar) ? folder : folder + Path.DirectorySeparatorChar, Comparison);
    }

    private static string Resolve(string path)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists || info.LinkTarget is null)
        {
            return path;
        }

        try
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? path : Of(target.FullName);
        }
        catch (IOException)
        {
            // A loop of links: keep the link's own path; the caller reports what it can.
            return path;
        }
    }

    private static string Trim(string path) =>
        path.Length > 1 && path.EndsWith(Path.DirectorySeparatorChar) && Path.GetPathRoot(path) != path ? path.TrimEnd(Path.DirectorySeparatorChar) : path;
}
