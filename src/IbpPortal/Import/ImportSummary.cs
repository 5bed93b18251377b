using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>What an import did, for the summary printed after it.</summary>
/// <param name="FilesRead">How many published files were read.</param>
/// <param name="Periods">The months found in them, in order.</param>
/// <param name="ProviderRows">Provider rows read (total rows excluded).</param>
/// <param name="TotalRowsSkipped">England total rows skipped.</param>
/// <param name="SkippedOrganisations">Codes of providers not in <c>organisations.csv</c>, left out, in order.</param>
/// <param name="Added">Rows added to <c>actuals.csv</c>.</param>
/// <param name="Changed">Rows whose value changed.</param>
/// <param name="Unchanged">Rows imported with the value already there.</param>
/// <param name="ActualsPath">The file written.</param>
/// <param name="ContextProviders">Providers not in <c>organisations.csv</c>, kept as England-wide context.</param>
/// <param name="ContextAdded">Rows added to <c>context-actuals.csv</c>.</param>
/// <param name="ContextChanged">Rows of <c>context-actuals.csv</c> whose value changed or was removed.</param>
/// <param name="MetricsAdded">Measures <c>--add-metrics</c> added to <c>metrics.csv</c>.</param>
public sealed record ImportSummary(
    int FilesRead,
    IReadOnlyList<Period> Periods,
    int ProviderRows,
    int TotalRowsSkipped,
    IReadOnlyList<string> SkippedOrganisations,
    int Added,
    IReadOnlyList<ImportChange> Changed,
    int Unchanged,
    string ActualsPath,
    int ContextProviders = 0,
    int ContextAdded = 0,
    IReadOnlyList<ImportChange>? ContextChanged = null,
    IReadOnlyList<string>? MetricsAdded = null)
{
    /// <summary>The summary as lines of text for the console.</summary>
    public IEnumerable<string> ToLines(int maxChanges = 20)
    {
        var periods = Periods.Count == 0 ? "no months" : string.Join(", ", Periods);
        yield return $"Read {FilesRead} file(s) ({periods}): {ProviderRows} provider rows; {TotalRowsSkipped} England total row(s) skipped.";
        if (SkippedOrganisations.Count > 0)
        {
            var examples = string.Join(", ", SkippedOrganisations.Take(8)) + (SkippedOrganisations.Count > 8 ? ", …" : string.Empty);
            yield return ContextChanged is null
                ? $"Skipped {SkippedOrganisations.Count} organisation(s) not in organisations.csv ({examples})."
                : $"Kept {SkippedOrganisations.Count} provider(s) not in organisations.csv as England-wide context ({examples}): data/context-actuals.csv {ContextAdded} row(s) added, {ContextChanged.Count} changed.";
        }

        foreach (var metric in MetricsAdded ?? [])
        {
            yield return $"Added measure {metric} to metrics.csv.";
        }

        yield return $"{ActualsPath}: {Added} row(s) added, {Changed.Count} changed, {Unchanged} unchanged.";
        foreach (var change in Changed.Take(maxChanges))
        {
            yield return "  changed " + change;
        }

        if (Changed.Count > maxChanges)
        {
            yield return $"  … and {Changed.Count - maxChanges} more changes";
        }

        foreach (var change in (ContextChanged ?? []).Take(maxChanges))
        {
            yield return "  changed (context) " + change;
        }
    }
}
