namespace IbpPortal.Theme;

/// <summary>Where the theme's npm packages (NHS.UK frontend, Sass, Pagefind) live for a portal.</summary>
public static class ThemeNpm
{
    /// <summary>
    /// The portal's own <c>theme/</c> when it has a <c>package.json</c>; otherwise (a portal on the built-in theme)
    /// a folder in the portal's cache, holding a copy of the built-in theme's <c>package.json</c> and lock file,
    /// so that the program's install folder is never written to.
    /// </summary>
    public static string? Folder(ThemeFiles theme, string portalRoot, string cacheDir)
    {
        var own = theme.Roots.FirstOrDefault(r => File.Exists(Path.Combine(r, "package.json")));
        if (own is null)
        {
            return null;
        }

        var fullRoot = Path.GetFullPath(portalRoot) + Path.DirectorySeparatorChar;
        if (own.StartsWith(fullRoot, StringComparison.Ordinal) || Directory.Exists(Path.Combine(own, "node_modules")))
        {
            return own;
        }

        var folder = Path.Combine(cacheDir, "theme-npm");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "package.json", "package-lock.json" })
        {
            var source = Path.Combine(own, name);
            var target = Path.Combine(folder, name);
            if (File.Exists(source) && (!File.Exists(target) || !File.ReadAllBytes(source).AsSpan().SequenceEqual(File.ReadAllBytes(target))))
            {
                File.Copy(source, target, overwrite: true);
            }
        }

        return folder;
    }
}
