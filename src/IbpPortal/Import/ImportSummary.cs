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
public sealed record ImportSummary(
    int FilesRead,
    IReadOnlyList<Period> Periods,
    int ProviderRows,
    int TotalRowsSkipped,
    IReadOnlyList<string> SkippedOrganisations,
    int Added,
    IReadOnlyList<ImportChange> Changed,
    int Unchanged,
    string ActualsPath)
{
    /// <summary>The summary as lines of text for the console.</summary>
    public IEnumerable<string> ToLines(int maxChanges = 20)
    {
        var periods = Periods.Count == 0 ? "no months" : string.Join(", ", Periods);
        yield return $"Read {FilesRead} file(s) ({periods}): {ProviderRows} provider rows; {TotalRowsSkipped} England total row(s) skipped.";
        if (SkippedOrganisations.Count > 0)
        {
            var examples = string.Join(", ", SkippedOrganisations.Take(8)) + (SkippedOrganisations.Count > 8 ? ", …" : string.Empty);
            yield return $"Skipped {SkippedOrganisations.Count} organisation(s) not in organisations.csv ({examples}).";
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
    }
}
