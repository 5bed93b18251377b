using IbpPortal.Diagnostics;

namespace IbpPortal.Index;

/// <summary>The Index stage: runs Pagefind over the staged site, before it is published.</summary>
public static class SearchIndexer
{
    /// <summary>Diagnostic code: Pagefind is missing or failed.</summary>
    public const string SearchFailed = "IBP1401";

    /// <summary>The folder, inside the staged site, of the pages as Pagefind reads them; gone before the site is published.</summary>
    internal const string CopiesFolder = ".ibp-search-pages";

    /// <summary>Indexes <paramref name="siteFolder"/> into its <c>pagefind/</c> folder; returns the number of pages indexed, or null on failure.</summary>
    public static int? Run(string siteFolder, string? npmFolder, DiagnosticBag diagnostics)
    {
        var binary = npmFolder is null ? null : FindPagefind(npmFolder);
        if (binary is null)
        {
            diagnostics.Error(new SourceLocation("theme/package.json", 0), SearchFailed,
                "Pagefind, which builds the search index, is not installed",
                "run 'npm ci' in the theme folder (it installs Pagefind), or build with --no-search");
            return null;
        }

        // Pagefind reads copies of the pages without their chart data tables (see SearchPages), made inside the staging
        // folder so that a build killed meanwhile leaves them with it, and removed before anything is published.
        var copies = Path.Combine(siteFolder, CopiesFolder);
        try
        {
            Write.SearchPages.Write(siteFolder, copies);
            using var process = ParentBoundProcess.Start(binary, ["--site", copies, "--output-path", Path.Combine(Path.GetFullPath(siteFolder), "pagefind"), "--quiet"]);
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                diagnostics.Error(new SourceLocation("theme/package.json", 0), SearchFailed,
                    $"Pagefind failed ({stderr.Split('\n').FirstOrDefault()?.Trim()})", "run the build with --no-search, and report the message");
                return null;
            }

            _ = stdout.Result;
        }
        finally
        {
            if (Directory.Exists(copies))
            {
                Directory.Delete(copies, recursive: true);
            }
        }

        var pagesDir = Path.Combine(siteFolder, "pagefind");
        return Directory.Exists(pagesDir) ? Directory.EnumerateFiles(pagesDir, "*.pf_fragment", SearchOption.AllDirectories).Count() : 0;
    }

    internal static string? FindPagefind(string npmFolder)
    {
        foreach (var root in new[] { npmFolder })
        {
            // The npm package ships a native binary per platform; call it directly rather than through its Node wrapper.
            var native = Directory.Exists(Path.Combine(root, "node_modules", "@pagefind"))
                ? Directory.EnumerateFiles(Path.Combine(root, "node_modules", "@pagefind"), "pagefind*", SearchOption.AllDirectories)
                    .Where(f => Path.GetFileName(f) is "pagefind" or "pagefind.exe" or "pagefind_extended" or "pagefind_extended.exe")
                    .Order(StringComparer.Ordinal).FirstOrDefault()
                : null;
            if (native is not null)
            {
                return native;
            }
        }

        return null;
    }
}
