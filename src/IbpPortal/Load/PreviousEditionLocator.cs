using IbpPortal.Diagnostics;
using IbpPortal.Editions;
using IbpPortal.Model;
using IbpPortal.Provenance;

namespace IbpPortal.Load;

/// <summary>Finds and reads the previous edition's record (I/O): the file <c>previous_edition</c> in <c>portal.yml</c> names, or else the
/// previous output's <c>data/editions/</c>: the newest period before this one. This period's own record from an earlier build is not
/// used, so rebuilding an edition gives the same pages as building it from clean.</summary>
internal static class PreviousEditionLocator
{
    /// <summary>The previous record, or null when there is none; an unreadable one is a warning (IBP1607) and counts as none.</summary>
    public static EditionRecord? Find(string portalRoot, string? setting, string outputPath, Period current, DiagnosticBag diagnostics)
    {
        string path;
        string shown;
        if (!string.IsNullOrWhiteSpace(setting))
        {
            path = Path.GetFullPath(Path.Combine(portalRoot, setting));
            shown = setting;
            if (!File.Exists(path))
            {
                diagnostics.Warning(SourceLocation.File("portal.yml"), ProvenanceCodes.PreviousEdition,
                    $"previous_edition names '{setting}', which does not exist; changes since the last edition are not shown",
                    "give the path of a data/editions/<period>.json file from an earlier build, relative to the portal folder");
                return null;
            }
        }
        else
        {
            var archive = Archive(outputPath);
            var earlier = archive.Where(a => a.Period < current).OrderByDescending(a => a.Period).Select(a => a.Path).FirstOrDefault();
            if (earlier is not { } found)
            {
                return null;
            }

            path = found;
            shown = Path.GetRelativePath(portalRoot, found).Replace('\\', '/');
        }

        var record = EditionJson.Read(File.ReadAllBytes(path), out var problem);
        if (record is null)
        {
            diagnostics.Warning(SourceLocation.File(shown), ProvenanceCodes.PreviousEdition,
                $"the previous edition's record could not be used: {problem}; changes since the last edition are not shown",
                "point previous_edition in portal.yml at a record written by this version, or remove the file");
        }

        return record;
    }

    /// <summary>The edition records in the output folder's <c>data/editions/</c>, by period.</summary>
    public static IReadOnlyList<(Period Period, string Path)> Archive(string outputPath)
    {
        var folder = Path.Combine(outputPath, "data", "editions");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "*.json")
            .Select(f => (Ok: Period.TryParse(Path.GetFileNameWithoutExtension(f), out var p), Period: p, Path: f))
            .Where(x => x.Ok)
            .Select(x => (x.Period, x.Path))
            .OrderBy(x => x.Period)];
    }
}
