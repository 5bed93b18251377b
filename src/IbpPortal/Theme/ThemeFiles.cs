namespace IbpPortal.Theme;

/// <summary>Finds theme files: the portal's own <c>theme/</c> first, then the built-in theme, file by file (like Hugo's theme lookup).</summary>
public sealed class ThemeFiles
{
    private readonly IReadOnlyList<string> _roots;

    /// <summary>Creates the lookup over the portal's theme folder and, when present, the theme shipped with the program.</summary>
    public ThemeFiles(string portalRoot)
    {
        var roots = new List<string>();
        var own = Path.Combine(portalRoot, "theme");
        if (Directory.Exists(own))
        {
            roots.Add(Path.GetFullPath(own));
        }

        var builtIn = Path.Combine(AppContext.BaseDirectory, "theme");
        if (Directory.Exists(builtIn) && !roots.Contains(Path.GetFullPath(builtIn)))
        {
            roots.Add(Path.GetFullPath(builtIn));
        }

        _roots = roots;
    }

    /// <summary>The theme folders searched, most specific first.</summary>
    public IReadOnlyList<string> Roots => _roots;

    /// <summary>The full path of a theme file such as <c>layouts/page.liquid</c>, or null when no theme has it.</summary>
    public string? Find(string relativePath) =>
        _roots.Select(r => Path.Combine(r, relativePath)).FirstOrDefault(File.Exists);

    /// <summary>Every file under a theme folder (such as <c>layouts</c>), by relative path, the most specific theme winning.</summary>
    public IReadOnlyDictionary<string, string> All(string folder)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var root in _roots.Reverse())
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories))
            {
                result[Path.GetRelativePath(dir, file).Replace('\\', '/')] = file;
            }
        }

        return result;
    }

    /// <summary>The path to show in messages: relative to the portal root when the file is the portal's own.</summary>
    public static string Display(string portalRoot, string fullPath)
    {
        var relative = Path.GetRelativePath(portalRoot, fullPath).Replace('\\', '/');
        return relative.StartsWith("..", StringComparison.Ordinal) ? "(built-in theme)/" + Path.GetFileName(fullPath) : relative;
    }
}
