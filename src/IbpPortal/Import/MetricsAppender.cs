using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;

namespace IbpPortal.Import;

/// <summary><c>--add-metrics</c>: adds the publication's measures that <c>metrics.csv</c> lacks, keeping every row already there.</summary>
internal static class MetricsAppender
{
    private static readonly string[] Header = [.. MetricsFile.Columns, .. MetricsFile.OptionalColumns];

    /// <summary>The measures to add; a measure already defined as another ratio is an error (never overwritten).</summary>
    public static List<CatalogueMetric> Plan(ImportDataFolder? folder, IReadOnlyList<CatalogueMetric> metrics, DiagnosticBag diagnostics)
    {
        if (folder is null)
        {
            return [];
        }

        var (header, rows) = ReadRaw(folder.MetricsPath, diagnostics);
        var id = header.IndexOf("id");
        var numerator = header.IndexOf("numerator");
        var denominator = header.IndexOf("denominator");
        var existing = rows.Where(r => id >= 0 && id < r.Fields.Length).ToDictionary(r => r.Fields[id].Trim(), r => r, StringComparer.Ordinal);
        var add = new List<CatalogueMetric>();
        foreach (var metric in metrics)
        {
            if (!existing.TryGetValue(metric.Id, out var row))
            {
                add.Add(metric);
                continue;
            }

            var hasNumerator = Field(row.Fields, numerator);
            var hasDenominator = Field(row.Fields, denominator);
            if (hasNumerator != (metric.Numerator ?? string.Empty) || hasDenominator != (metric.Denominator ?? string.Empty))
            {
                diagnostics.Error(
                    new SourceLocation(ImportPaths.Display(folder.MetricsPath), row.Line),
                    DataDiagnosticCodes.ImportMetricConflict,
                    $"measure '{metric.Id}' is defined here as '{hasNumerator}' ÷ '{hasDenominator}', but the import's {metric.Id} is '{metric.Numerator}' ÷ '{metric.Denominator}'",
                    "rename your measure, or correct its numerator and denominator to the import's, then import again");
            }
        }

        return add;
    }

    /// <summary>The new text of <c>metrics.csv</c>: the rows there, then the added measures.</summary>
    public static string Format(ImportDataFolder folder, IReadOnlyList<CatalogueMetric> add)
    {
        var (header, rows) = ReadRaw(folder.MetricsPath, new DiagnosticBag());
        var columns = header.Count == 0 ? Header.ToList() : header.ToList();
        foreach (var optional in MetricsFile.OptionalColumns.Where(c => !columns.Contains(c)))
        {
            columns.Add(optional);
        }

        using var csv = new CsvLines();
        csv.Row(columns);
        foreach (var row in rows)
        {
            csv.Row(columns.Select((_, i) => i < row.Fields.Length ? row.Fields[i] : string.Empty));
        }

        foreach (var metric in add)
        {
            var cells = Cells(metric);
            csv.Row(columns.Select(c => cells.GetValueOrDefault(c, string.Empty)));
        }

        return csv.ToString();
    }

    /// <summary>A measure's cells by column name.</summary>
    public static Dictionary<string, string> Cells(CatalogueMetric metric) => new(StringComparer.Ordinal)
    {
        ["id"] = metric.Id,
        ["name"] = metric.Name,
        ["domain"] = metric.Domain.ToString().ToLowerInvariant(),
        ["unit"] = metric.Unit.ToString().ToLowerInvariant(),
        ["improvement"] = metric.Improvement.ToString().ToLowerInvariant(),
        ["decimals"] = metric.Decimals.ToString(CultureInfo.InvariantCulture),
        ["target"] = metric.Target?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty,
        ["numerator"] = metric.Numerator ?? string.Empty,
        ["denominator"] = metric.Denominator ?? string.Empty,
        ["aggregate"] = metric.Numerator is null ? metric.Aggregate.ToString().ToLowerInvariant() : string.Empty,
        ["description"] = metric.Description,
        ["meets_demand"] = string.Empty,
        ["frequency"] = metric.Frequency.ToString().ToLowerInvariant(),
    };

    private static (List<string> Header, List<(int Line, string[] Fields)> Rows) ReadRaw(string path, DiagnosticBag diagnostics)
    {
        var rows = new List<(int, string[])>();
        if (!File.Exists(path))
        {
            return ([], rows);
        }

        using var reader = CsvFileReader.Open(path, ImportPaths.Display(path), diagnostics);
        if (reader is null || !reader.Read(out var header, out _))
        {
            return ([], rows);
        }

        while (reader.Read(out var fields, out var line))
        {
            rows.Add((line, fields));
        }

        return ([.. header.Select(h => h.Trim())], rows);
    }

    private static string Field(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index].Trim() : string.Empty;
}
