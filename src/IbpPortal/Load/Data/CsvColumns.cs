using IbpPortal.Diagnostics;

namespace IbpPortal.Load.Data;

/// <summary>A header matched against a file's expected columns: names trimmed and compared ignoring case, order free.</summary>
internal sealed class CsvColumns
{
    private readonly Dictionary<string, int> _indexes;

    private CsvColumns(Dictionary<string, int> indexes, int count)
    {
        _indexes = indexes;
        Count = count;
    }

    /// <summary>How many columns the header has.</summary>
    public int Count { get; }

    /// <summary>
    /// Matches a header, warning about unknown columns and reporting each missing required column with the
    /// nearest misspelling; null when a required column is missing or a name repeats.
    /// </summary>
    public static CsvColumns? Match(
        string[] header,
        string displayPath,
        IReadOnlyList<string> required,
        IReadOnlyList<string> optional,
        DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(displayPath, 1);
        var indexes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        var ok = true;
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i].Trim();
            if (!indexes.TryAdd(name, i))
            {
                diagnostics.Error(
                    location,
                    DataDiagnosticCodes.DuplicateColumn,
                    $"column '{name}' appears twice in the header",
                    "keep one column of each name");
                ok = false;
            }
            else if (!Contains(required, name) && !Contains(optional, name))
            {
                unknown.Add(name);
            }
        }

        var expected = string.Join(", ", required);
        var explained = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var column in required)
        {
            if (indexes.ContainsKey(column))
            {
                continue;
            }

            ok = false;
            var near = unknown.Where(u => !explained.Contains(u)).FirstOrDefault(u => NearestName.Find(u, [column]) is not null);
            if (near is not null)
            {
                explained.Add(near);
                diagnostics.Error(
                    location,
                    DataDiagnosticCodes.MissingColumn,
                    $"column '{Cell(near)}' is not known — did you mean '{column}'? expected: {expected}",
                    $"rename the column '{column}'");
            }
            else
            {
                diagnostics.Error(
                    location,
                    DataDiagnosticCodes.MissingColumn,
                    $"required column '{column}' is missing; expected: {expected}",
                    $"add a '{column}' column to the header");
            }
        }

        foreach (var name in unknown.Where(u => !explained.Contains(u)))
        {
            var allowed = string.Join(", ", required.Concat(optional));
            diagnostics.Warning(
                location,
                DataDiagnosticCodes.UnknownColumn,
                name.Length == 0 ? "a column has no name and is ignored" : $"column '{Cell(name)}' is not used and is ignored",
                $"the columns this file uses are: {allowed}");
        }

        return ok ? new CsvColumns(indexes, header.Length) : null;
    }

    /// <summary>True when the header has this column.</summary>
    public bool Has(string column) => _indexes.ContainsKey(column);

    /// <summary>The position of a column in the header, or -1 when the header lacks it.</summary>
    public int IndexOf(string column) => _indexes.TryGetValue(column, out var index) ? index : -1;

    /// <summary>The trimmed text of a column; empty when blank or absent.</summary>
    public string Get(string[] fields, string column) =>
        _indexes.TryGetValue(column, out var index) && index < fields.Length ? fields[index].Trim() : string.Empty;

    /// <summary>A header cell as quoted in a message: at most 40 characters, so a file that is not CSV is never echoed at length.</summary>
    private static string Cell(string name) => name.Length <= 40 ? name : name[..40] + "…";

    private static bool Contains(IReadOnlyList<string> names, string name) =>
        names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
}
