using IbpPortal.Build;
using IbpPortal.Diagnostics;

namespace IbpPortal.Safety;

/// <summary>
/// Refuses an output folder whose replacement would destroy something that is not a built site: the portal itself,
/// its sources, its cache or a git work tree. Checked before anything is written, so a refused build touches nothing.
/// </summary>
/// <remarks>
/// A build replaces the whole output folder, so the rule is about what the folder holds and where it lies:
/// it may lie inside the portal's folder (the default <c>output/</c> does) but may not be the portal's folder or any
/// folder above it, nor be, hold or lie inside <c>input/</c>, <c>data/</c>, <c>theme/</c> or the cache; it may not be
/// or hold a git work tree's root. An existing folder that holds files but no <c>index.html</c> (nor, for a shard folder, its
/// manifest) is not a site and is refused too.
/// </remarks>
public static class OutputGuard
{
    /// <summary>The problems with the output folder of <paramref name="options"/>; empty when it is safe to replace.</summary>
    public static IReadOnlyList<Diagnostic> Check(BuildOptions options)
    {
        var output = RealPath.Of(options.OutputPath);
        var root = RealPath.Of(options.Root);
        var shown = SourceLocation.File(options.OutputPath);
        if (File.Exists(output))
        {
            return [Error(shown, SafetyCodes.OutputIsFile, $"the output '{options.OutputPath}' is a file, not a folder",
                "choose a folder with --output, or move the file away")];
        }

        var problems = new List<Diagnostic>();
        if (RealPath.IsSameOrInside(root, output))
        {
            problems.Add(Error(shown, SafetyCodes.UnsafeOutput,
                $"the output folder '{options.OutputPath}' is the portal's folder or holds it, and building would replace the portal's sources",
                "build into a folder of its own, such as output/ inside the portal (the default)"));
        }

        foreach (var (name, folder) in Protected(options, root))
        {
            if (RealPath.IsSameOrInside(output, folder) || RealPath.IsSameOrInside(folder, output))
            {
                problems.Add(Error(shown, SafetyCodes.UnsafeOutput,
                    $"the output folder '{options.OutputPath}' overlaps {name} ('{folder}'), which building would delete",
                    "build into a folder of its own, such as output/ inside the portal (the default)"));
            }
        }

        if (problems.Count == 0 && Directory.Exists(output))
        {
            problems.AddRange(CheckExisting(output, shown, options.OutputPath));
        }

        return problems;
    }

    private static IEnumerable<(string Name, string Folder)> Protected(BuildOptions options, string root)
    {
        yield return ("the portal's content", Path.Combine(root, "input"));
        yield return ("the portal's data", Path.Combine(root, "data"));
        yield return ("the portal's theme", Path.Combine(root, "theme"));
        yield return ("the build cache", RealPath.Of(options.CachePath));
        if (GitRoot(root) is { } git)
        {
            yield return ("the git work tree", Path.Combine(git, ".git"));
        }
    }

    private static IEnumerable<Diagnostic> CheckExisting(string output, SourceLocation shown, string outputPath)
    {
        if (Path.Exists(Path.Combine(output, ".git")))
        {
            yield return Error(shown, SafetyCodes.UnsafeOutput,
                $"the output folder '{outputPath}' is a git work tree's root, and building would replace it",
                "build into a folder of its own, such as output/ inside the portal (the default)");
            yield break;
        }

        // A site has its home page; a shard folder of 'ibp build --shard' has its manifest instead.
        if (!File.Exists(Path.Combine(output, "index.html")) && !File.Exists(Path.Combine(output, ShardManifest.FileName)) &&
            Directory.EnumerateFileSystemEntries(output).Any())
        {
            yield return Error(shown, SafetyCodes.ForeignOutput,
                $"the output folder '{outputPath}' holds files but is not a site built by ibp (it has no index.html), and building would replace it",
                "choose an empty or new folder with --output, or empty this one yourself");
        }
    }

    /// <summary>The nearest folder at or above <paramref name="folder"/> that holds <c>.git</c>, if any.</summary>
    private static string? GitRoot(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            if (Path.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static Diagnostic Error(SourceLocation at, string code, string message, string hint) => new(at, Severity.Error, code, message, hint);
}
