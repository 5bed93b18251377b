using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Runs one publication's import: reads every file, checks everything, then merges into <c>data/</c> in one step.</summary>
/// <remarks>Figures of organisations in <c>organisations.csv</c> go to <c>actuals.csv</c>; every other provider's go to
/// <c>context-actuals.csv</c> and the provider to <c>context-organisations.csv</c>. On any error nothing is written.</remarks>
internal static class PublicationImport
{
    /// <summary>Imports <paramref name="files"/>; null (with every problem reported) when nothing was written.</summary>
    public static ImportSummary? Run(
        IPublication publication,
        IReadOnlyList<string> files,
        string dataFolder,
        bool addMetrics,
        DiagnosticBag diagnostics,
        ImportProgress progress)
    {
        var folder = ImportDataFolder.Load(dataFolder, diagnostics);
        var batch = new ImportBatch();
        foreach (var file in files)
        {
            if (PublishedFile.Open(file, ImportPaths.Display(file), diagnostics) is { } published)
            {
                publication.Read(published, batch, diagnostics, progress);
            }
        }

        ImportDuplicates.Check(batch.Records, diagnostics);
        var newMetrics = addMetrics ? MetricsAppender.Plan(folder, publication.Metrics, diagnostics) : [];
        if (diagnostics.HasErrors || folder is null)
        {
            return null;
        }

        var portal = batch.Records.Where(r => folder.Organisations.Contains(r.Org)).ToList();
        var context = batch.Records.Where(r => !folder.Organisations.Contains(r.Org)).ToList();
        var replaces = batch.Records.Select(r => (r.Metric, r.Period)).ToHashSet();
        var actuals = ActualsMerge.Merge(folder.Actuals, portal.Select(Tuple), replaces);
        var contextActuals = ActualsMerge.Merge(folder.ContextActuals, context.Select(Tuple), replaces);
        var contextOrgs = ContextRegister.Merge(folder.ContextOrganisations, context.Select(r => r.Org).Distinct(), batch.Names, batch.Sectors);
        try
        {
            using var write = new StagedWrite();
            write.Stage(folder.ActualsPath, ActualsText.Format(actuals.Rows));
            if (context.Count > 0 || File.Exists(folder.ContextActualsPath))
            {
                write.Stage(folder.ContextActualsPath, ActualsText.Format(contextActuals.Rows));
                write.Stage(folder.ContextOrganisationsPath, ContextOrganisationsFile.Format(contextOrgs));
            }

            if (newMetrics.Count > 0)
            {
                write.Stage(folder.MetricsPath, MetricsAppender.Format(folder, newMetrics));
            }

            write.Commit();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(
                SourceLocation.File(ImportPaths.Display(folder.ActualsPath)),
                DataDiagnosticCodes.ImportWriteFailed,
                $"the data files could not be written ({ex.Message}); they are unchanged",
                "check that the folder can be written and the files are not open in another program");
            return null;
        }

        return new ImportSummary(
            files.Count,
            [.. batch.Periods],
            batch.ProviderRows,
            batch.TotalRows,
            [.. context.Select(r => r.Org).Distinct().Order(StringComparer.Ordinal)],
            actuals.Added,
            actuals.Changed,
            actuals.Unchanged,
            ImportPaths.Display(folder.ActualsPath),
            context.Select(r => r.Org).Distinct().Count(),
            contextActuals.Added,
            contextActuals.Changed,
            [.. newMetrics.Select(m => m.Id)]);
    }

    private static (string, string, Period, DataValue) Tuple(ImportRecord r) => (r.Org, r.Metric, r.Period, r.Value);
}
