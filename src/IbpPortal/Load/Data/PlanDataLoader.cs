using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Loads the plan data in a portal's <c>data/</c> folder, reporting every problem in every file rather than stopping at the first.</summary>
public static class PlanDataLoader
{
    /// <summary>Reads <c>data/</c> under <paramref name="portalRoot"/>; a portal without that folder has no plan data, which is fine.</summary>
    /// <remarks>
    /// <c>organisations.csv</c>, <c>metrics.csv</c>, <c>actuals.csv</c> and <c>plans.csv</c> are required;
    /// <c>targets.csv</c>, <c>rebase.csv</c>, <c>quality.csv</c>, <c>scenarios.yml</c> and the England-wide context files are optional. Cross-file checks are
    /// <see cref="Validate.Data.PlanDataValidator"/>'s job.
    /// </remarks>
    public static PlanData Load(string portalRoot, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(portalRoot, "data");
        if (!Directory.Exists(folder))
        {
            return PlanData.Empty;
        }

        var organisations = ReadCsv(folder, "organisations.csv", required: true, diagnostics, OrganisationsFile.Read);
        var metrics = ReadCsv(folder, "metrics.csv", required: true, diagnostics, MetricsFile.Read);
        // The two largest files are read at once, each into its own table (the bag takes problems from any thread).
        var readPlans = Task.Run(() => ReadCsv(folder, "plans.csv", required: true, diagnostics, ObservationsFile.Read));
        var actuals = ReadCsv(folder, "actuals.csv", required: true, diagnostics, ObservationsFile.Read);
        var plans = readPlans.GetAwaiter().GetResult();
        var targets = ReadCsv(folder, "targets.csv", required: false, diagnostics, ObservationsFile.Read);
        var rebases = ReadCsv(folder, "rebase.csv", required: false, diagnostics, RebaseFile.Read);
        var scenarios = ReadCsv(folder, "scenarios.yml", required: false, diagnostics, ScenariosFile.Read);
        var quality = ReadCsv(folder, "quality.csv", required: false, diagnostics, QualityFile.Read);
        var contextOrganisations = ReadCsv(folder, ContextOrganisationsFile.Name, required: false, diagnostics, ContextOrganisationsFile.Read);
        var contextActuals = ReadCsv(folder, "context-actuals.csv", required: false, diagnostics, ObservationsFile.Read);
        return new PlanData(organisations, metrics, actuals, plans, targets, scenarios, rebases, quality)
        {
            ContextOrganisations = contextOrganisations,
            ContextActuals = contextActuals,
        };
    }

    private static IReadOnlyList<T> ReadCsv<T>(
        string folder,
        string name,
        bool required,
        DiagnosticBag diagnostics,
        Func<string, string, DiagnosticBag, IReadOnlyList<T>> read)
    {
        var fullPath = Path.Combine(folder, name);
        var displayPath = "data/" + name;
        if (File.Exists(fullPath))
        {
            return read(fullPath, displayPath, diagnostics);
        }

        if (required)
        {
            diagnostics.Error(
                SourceLocation.File(displayPath),
                DataDiagnosticCodes.MissingFile,
                "the file is missing",
                $"add {displayPath} (a header line is enough), or remove the data folder for a portal without plan data");
        }

        return [];
    }
}
