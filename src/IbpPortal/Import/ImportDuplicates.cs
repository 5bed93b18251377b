using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Finds a provider's month given twice among the files: one error per pair of files and month, not one per provider.</summary>
internal static class ImportDuplicates
{
    /// <summary>Reports every repeat of (provider, measure, period).</summary>
    public static void Check(IReadOnlyList<ImportRecord> records, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<(string, string, Period), SourceLocation>();
        var repeats = new Dictionary<(string File, string Other, Period Period), (ImportRecord First, SourceLocation Other, HashSet<string> Orgs)>();
        foreach (var record in records)
        {
            if (seen.TryAdd((record.Org, record.Metric, record.Period), record.Source))
            {
                continue;
            }

            var other = seen[(record.Org, record.Metric, record.Period)];
            var key = (record.Source.Path, other.Path, record.Period);
            if (!repeats.TryGetValue(key, out var found))
            {
                repeats[key] = found = (record, other, []);
            }

            found.Orgs.Add(record.Org);
        }

        foreach (var ((_, otherFile, period), (first, other, orgs)) in repeats)
        {
            if (other == first.Source)
            {
                diagnostics.Error(SourceLocation.File(first.Source.Path), DataDiagnosticCodes.ImportDuplicateProvider, "the file is named twice", "name each file once");
                continue;
            }

            var more = orgs.Count > 1 ? $" ({orgs.Count - 1} more providers of {period} are in both)" : string.Empty;
            var where = otherFile == first.Source.Path ? "line " + other.Line.ToString(CultureInfo.InvariantCulture) : other.ToString();
            diagnostics.Error(
                first.Source,
                DataDiagnosticCodes.ImportDuplicateProvider,
                $"{first.Org} {period} is also at {where}{more}",
                "import one file per period (a revised file replaces the original: give only the revised one)");
        }
    }
}
