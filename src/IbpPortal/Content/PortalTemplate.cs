namespace IbpPortal.Content;

/// <summary>Creates a new portal from the template shipped with the program (<c>templates/init</c>).</summary>
public static class PortalTemplate
{
    /// <summary>The default measure catalogue's file name in a new portal's <c>data/</c>.</summary>
    public const string CatalogueFile = "measure-catalogue.csv";

    /// <summary>The template folder shipped beside the program, or null when it is missing.</summary>
    public static string? BuiltIn()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "templates", "init");
        return Directory.Exists(dir) ? dir : null;
    }

    /// <summary>Copies the template into <paramref name="target"/>; returns the files written, relative to it.</summary>
    /// <exception cref="InvalidOperationException">The target already holds a portal (portal.yml, input/ or data/).</exception>
    public static IReadOnlyList<string> Create(string template, string target)
    {
        if (File.Exists(Path.Combine(target, "portal.yml")) || Directory.Exists(Path.Combine(target, "input")) ||
            Directory.Exists(Path.Combine(target, "data")))
        {
            throw new InvalidOperationException($"'{target}' already holds a portal (portal.yml, input/ or data/); choose an empty folder.");
        }

        var written = new List<string>();
        foreach (var file in Directory.EnumerateFiles(template, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(template, file);
            var to = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
            written.Add(relative.Replace('\\', '/'));
        }

        // The default measure catalogue (NHS England's published measures with their 2025/26 national standards), in
        // metrics.csv's layout: rows to copy into metrics.csv, and what `ibp import … --add-metrics` adds.
        Directory.CreateDirectory(Path.Combine(target, "data"));
        File.WriteAllText(Path.Combine(target, "data", CatalogueFile), Import.MeasureCatalogue.ToCsv());
        written.Add("data/" + CatalogueFile);
        File.WriteAllText(Path.Combine(target, ".gitignore"), "output/\n.ibp-cache/\n.output.lock\n/output.old-*/\n/.output.staging-*/\n");
        written.Add(".gitignore");
        return written;
    }
}
