using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>The plan data an import merges into, read (and checked) before any published file.</summary>
internal sealed record ImportDataFolder(
    string Folder,
    HashSet<string> Organisations,
    List<Observation> Actuals,
    List<Observation> ContextActuals,
    List<ContextOrganisation> ContextOrganisations)
{
    /// <summary>The context figures' file name.</summary>
    public const string ContextActualsName = "context-actuals.csv";

    public string ActualsPath => Path.Combine(Folder, "actuals.csv");

    public string ContextActualsPath => Path.Combine(Folder, ContextActualsName);

    public string ContextOrganisationsPath => Path.Combine(Folder, ContextOrganisationsFile.Name);

    public string MetricsPath => Path.Combine(Folder, "metrics.csv");

    /// <summary>Reads the folder; null when <c>organisations.csv</c> is missing (reported). Problems in the files are reported.</summary>
    public static ImportDataFolder? Load(string folder, DiagnosticBag diagnostics)
    {
        var organisationsPath = Path.Combine(folder, "organisations.csv");
        var loadBag = new DiagnosticBag();
        var organisations = new HashSet<string>(StringComparer.Ordinal);
        var found = File.Exists(organisationsPath);
        if (found)
        {
            organisations.UnionWith(OrganisationsFile.Read(organisationsPath, ImportPaths.Display(organisationsPath), loadBag).Select(o => o.Code));
        }
        else
        {
            diagnostics.Error(
                SourceLocation.File(ImportPaths.Display(organisationsPath)),
                DataDiagnosticCodes.MissingFile,
                "the file is missing; the import needs it to tell the portal's organisations from England-wide context",
                "create organisations.csv first, or point --data at the portal's data folder");
        }

        var actuals = ReadObservations(Path.Combine(folder, "actuals.csv"), loadBag);
        var context = ReadObservations(Path.Combine(folder, ContextActualsName), loadBag);
        var contextOrgsPath = Path.Combine(folder, ContextOrganisationsFile.Name);
        var contextOrgs = File.Exists(contextOrgsPath)
            ? ContextOrganisationsFile.Read(contextOrgsPath, ImportPaths.Display(contextOrgsPath), loadBag)
            : [];
        CopyLoadProblems(loadBag, diagnostics);
        CheckExistingKeys(actuals, diagnostics);
        CheckExistingKeys(context, diagnostics);
        return found ? new ImportDataFolder(folder, organisations, actuals, context, contextOrgs) : null;
    }

    private static List<Observation> ReadObservations(string path, DiagnosticBag bag) =>
        File.Exists(path) ? ObservationsFile.Read(path, ImportPaths.Display(path), bag) : [];

    private static void CopyLoadProblems(DiagnosticBag loadBag, DiagnosticBag diagnostics)
    {
        foreach (var diagnostic in loadBag.Sorted())
        {
            if (diagnostic.Code == DataDiagnosticCodes.UnknownColumn && diagnostic.Location.Path.EndsWith("actuals.csv", StringComparison.Ordinal))
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
}
