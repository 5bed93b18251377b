using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Imports NHS England's monthly A&amp;E provider CSVs into <c>actuals.csv</c>: <c>ibp import nhse-ae</c>.</summary>
/// <remarks>Booked appointments are counted in attendances and over-4-hour attendances, as in NHS England's published
/// 4-hour performance; see <c>docs/import-nhse-ae.md</c>.</remarks>
public static class NhseAeImport
{
    /// <summary>Reads the files, merges their rows for organisations in <c>organisations.csv</c> into <c>actuals.csv</c> and returns what changed.</summary>
    /// <param name="files">The published files, as paths the user gave.</param>
    /// <param name="dataFolder">The plan data folder holding <c>organisations.csv</c> and <c>actuals.csv</c>.</param>
    /// <param name="diagnostics">Receives every problem; on any error nothing is written and the result is null.</param>
    public static ImportSummary? Run(IReadOnlyList<string> files, string dataFolder, DiagnosticBag diagnostics)
    {
        var organisationsPath = Path.Combine(dataFolder, "organisations.csv");
        var actualsPath = Path.Combine(dataFolder, "actuals.csv");
        var actualsDisplay = Display(actualsPath);

        var loadBag = new DiagnosticBag();
        var organisations = new HashSet<string>(StringComparer.Ordinal);
        if (File.Exists(organisationsPath))
        {
            organisations.UnionWith(OrganisationsFile.Read(organisationsPath, Display(organisationsPath), loadBag).Select(o => o.Code));
        }
        else
        {
            diagnostics.Error(
                SourceLocation.File(Display(organisationsPath)),
                DataDiagnosticCodes.MissingFile,
                "the file is missing; the import keeps only the organisations it lists",
                "create organisations.csv first, or point --data at the portal's data folder");
        }

        var existing = File.Exists(actualsPath) ? ObservationsFile.Read(actualsPath, actualsDisplay, loadBag) : [];
        CopyLoadProblems(loadBag, actualsDisplay, diagnostics);
        CheckExistingKeys(existing, diagnostics);

        var imported = new List<AeProviderMonth>();
        var totals = 0;
        foreach (var file in files)
        {
            if (Directory.Exists(file))
            {
                FolderGiven(file, diagnostics);
                continue;
            }

            if (!File.Exists(file))
            {
                diagnostics.Error(SourceLocation.File(Display(file)), DataDiagnosticCodes.ImportFileNotFound, "the file does not exist", "check the path");
                continue;
            }

            if (NhseAeFile.Read(file, Display(file), diagnostics) is { } read)
            {
                imported.AddRange(read.Rows);
                totals += read.TotalRows;
            }
        }

        CheckDuplicateProviders(imported, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var kept = imported.Where(r => organisations.Contains(r.Org)).ToList();
        var skipped = imported.Select(r => r.Org).Where(o => !organisations.Contains(o)).Distinct().Order(StringComparer.Ordinal).ToList();
        var incoming = kept.SelectMany(r => r.Values.Select(v => (r.Org, v.Metric, r.Period, v.Value)));
        var (rows, added, changed, unchanged) = ActualsMerge.Merge(existing, incoming);
        try
        {
            ActualsWriter.Write(actualsPath, rows);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(
                SourceLocation.File(actualsDisplay),
                DataDiagnosticCodes.ImportWriteFailed,
                $"the file could not be written ({ex.Message}); it is unchanged",
                "check that the folder can be written and the file is not open in another program");
            return null;
        }

        return new ImportSummary(
            files.Count,
            [.. imported.Select(r => r.Period).Distinct().Order()],
            imported.Count,
            totals,
            skipped,
            added,
            changed,
            unchanged,
            actualsDisplay);
    }

    private static void CopyLoadProblems(DiagnosticBag loadBag, string actualsDisplay, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in loadBag.Sorted())
        {
            if (diagnostic.Code == DataDiagnosticCodes.UnknownColumn && diagnostic.Location.Path == actualsDisplay)
            {
                diagnostics.Error(
                    diagnostic.Location,
                    DataDiagnosticCodes.ImportExtraColumns,
                    diagnostic.Message.Replace("is not used and is ignored", "would be dropped by the import", StringComparison.Ordinal),
                    "the import rewrites actuals.csv with org, metric, period and value only: move other columns elsewhere first");
            }
            else
            {
                diagnostics.Add(diagnostic);
            }
        }
    }

    private static void CheckExistingKeys(List<Observation> existing, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<(string, string, Period), int>();
        foreach (var row in existing)
        {
            if (!seen.TryAdd((row.Org, row.Metric, row.Period), row.Source.Line))
            {
                diagnostics.Error(
                    row.Source,
                    DataDiagnosticCodes.DuplicateObservation,
                    $"{row.Org} {row.Metric} {row.Period} is given twice (also at line {seen[(row.Org, row.Metric, row.Period)]})",
                    "keep one row per organisation, metric and month before importing");
            }
        }
    }

    /// <summary>One error per file, month and earlier file that repeat providers, not one per provider (a file given twice would give hundreds).</summary>
    private static void CheckDuplicateProviders(List<AeProviderMonth> imported, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<(string, Period), SourceLocation>();
        var repeats = new Dictionary<(string File, string Other, Period Period), (AeProviderMonth First, SourceLocation Other, int Count)>();
        foreach (var row in imported)
        {
            if (seen.TryAdd((row.Org, row.Period), row.Source))
            {
                continue;
            }

            var other = seen[(row.Org, row.Period)];
            var key = (row.Source.Path, other.Path, row.Period);
            repeats[key] = repeats.TryGetValue(key, out var found) ? (found.First, found.Other, found.Count + 1) : (row, other, 1);
        }

        foreach (var ((_, otherFile, period), (first, other, count)) in repeats)
        {
            if (other == first.Source)
            {
                diagnostics.Error(
                    SourceLocation.File(first.Source.Path),
                    DataDiagnosticCodes.ImportDuplicateProvider,
                    "the file is named twice",
                    "name each file once");
                continue;
            }

            var more = count > 1 ? $" ({count - 1} more providers of {period} are in both)" : string.Empty;
            diagnostics.Error(
                first.Source,
                DataDiagnosticCodes.ImportDuplicateProvider,
                $"{first.Org} {period} is also at {(otherFile == first.Source.Path ? "line " + other.Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : other.ToString())}{more}",
                "import one file per month (a revised file replaces the original: give only the revised one)");
        }
    }

    /// <summary>A path as messages show it: forward slashes, without a leading <c>./</c>.</summary>
    private static string Display(string path)
    {
        var display = path.Replace('\\', '/');
        while (display.StartsWith("./", StringComparison.Ordinal))
        {
            display = display[2..];
        }

        return display;
    }

    private static void FolderGiven(string folder, DiagnosticBag diagnostics)
    {
        var csvs = Directory.EnumerateFiles(folder, "*.csv").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var listed = csvs.Count == 0
            ? "it holds no .csv files"
            : $"it holds {string.Join(", ", csvs.Take(5))}" + (csvs.Count > 5 ? $" and {csvs.Count - 5} more .csv files" : string.Empty);
        diagnostics.Error(SourceLocation.File(Display(folder)), DataDiagnosticCodes.ImportFolderGiven,
            $"this is a folder, not a file ({listed})",
            csvs.Count == 0 ? "give the paths of the CSV files to import" : $"give the files themselves, such as {Path.Combine(Display(folder), "*.csv")}");
    }
}
