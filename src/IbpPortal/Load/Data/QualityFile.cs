using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Reads <c>quality.csv</c>: a data-quality rating per organisation and measure on four dimensions and a one-word verdict.</summary>
internal static class QualityFile
{
    /// <summary>The columns the file must have.</summary>
    public static readonly string[] Columns = ["org", "metric", "timeliness", "completeness", "validation", "process", "verdict"];

    /// <summary>Reads every well-formed row; a row with an unknown word is reported and left out.</summary>
    public static List<QualityRating> Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var ratings = new List<QualityRating>();
        DataCsv.ReadRows(fullPath, displayPath, Columns, [], diagnostics, row =>
        {
            var ok = Cells.TryRequired(row, "org", diagnostics, out var org);
            ok &= Cells.TryRequired(row, "metric", diagnostics, out var metric);
            ok &= Word(row, "timeliness", QualityRating.DimensionWords, diagnostics, out var timeliness);
            ok &= Word(row, "completeness", QualityRating.DimensionWords, diagnostics, out var completeness);
            ok &= Word(row, "validation", QualityRating.DimensionWords, diagnostics, out var validation);
            ok &= Word(row, "process", QualityRating.DimensionWords, diagnostics, out var process);
            ok &= Word(row, "verdict", QualityRating.VerdictWords, diagnostics, out var verdict);
            if (ok)
            {
                ratings.Add(new QualityRating(org, metric, timeliness, completeness, validation, process, verdict, row.Location));
            }
        });
        return ratings;
    }

    private static bool Word(CsvRow row, string column, IReadOnlyList<string> allowed, DiagnosticBag diagnostics, out string word)
    {
        word = row[column].Trim().ToLowerInvariant();
        if (allowed.Contains(word))
        {
            return true;
        }

        diagnostics.Error(row.Location, DataDiagnosticCodes.QualityRating,
            $"'{column}' is '{row[column]}', which is not a rating",
            $"write one of: {string.Join(", ", allowed)}");
        return false;
    }
}
