using IbpPortal.Build;
using IbpPortal.Content;
using IbpPortal.Diagnostics;
using IbpPortal.Model;
using IbpPortal.Settings;
using IbpPortal.Theme;

namespace IbpPortal.Load;

/// <summary>The Load stage: reads settings, content, the bibliography, plan data and the theme, keeping every record's file and line.</summary>
public static class PortalLoader
{
    /// <summary>Reads everything under the portal's root; problems go to <paramref name="diagnostics"/>.</summary>
    /// <param name="hashes">The build's hasher of source files, when it has hashed some already (the up-to-date check).</param>
    public static PortalInput Load(BuildOptions options, Func<string, DiagnosticBag, PlanData> loadData, DiagnosticBag diagnostics, SourceHashes? hashes = null)
    {
        hashes ??= new SourceHashes(options.Root);
        var root = options.Root;

        // The theme's templates and the plan data do not depend on the content: they are read while it is
        // (parsing the Liquid templates alone is about 0.15 s of a 2 s build of 2,000 pages).
        var themeFiles = new ThemeFiles(root);
        var templates = Task.Run(() => TemplateEngine.Load(root, themeFiles, diagnostics));
        var data = Task.Run(() => loadData(root, diagnostics));
        var settings = SettingsLoader.Load(root, diagnostics);
        var (pages, commentary, withheld, withheldSources) = ContentLoader.Load(root, options.Internal, options.Drafts, settings.ExcludeGuide, diagnostics);
        var references = ReferenceLoader.Load(root, diagnostics);
        var planData = data.GetAwaiter().GetResult();
        var annex = DataAnnexLoader.Load(options, settings, planData, hashes, diagnostics);
        return new PortalInput(options, settings, pages, commentary, references, planData, annex, hashes, InputFiles(root), themeFiles, templates.GetAwaiter().GetResult(), withheld, withheldSources);
    }

    /// <summary>Every file under <c>input/</c>, relative to it, in ordinal order of the full path.</summary>
    private static List<string> InputFiles(string root)
    {
        var inputDir = Path.Combine(root, "input");
        if (!Directory.Exists(inputDir))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(inputDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => Path.GetRelativePath(inputDir, file).Replace('\\', '/'))];
    }
}
