using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Reads <c>metrics.csv</c>.</summary>
internal static class MetricsFile
{
    /// <summary>The columns the file must have.</summary>
    public static readonly string[] Columns =
        ["id", "name", "domain", "unit", "improvement", "decimals", "target", "numerator", "denominator", "aggregate", "description"];

    /// <summary>Columns the file may have.</summary>
    public static readonly string[] OptionalColumns = ["meets_demand", "per", "weight", "plan_tolerance", "executive_lead", "committee", "frequency"];

    /// <summary>Reads every metric; a row with a wrong word is reported and kept with a neutral stand-in so that other files' checks still find it.</summary>
    /// <remarks>A blank <c>decimals</c> means 0; a blank <c>aggregate</c> is allowed for ratio metrics, which always aggregate as a ratio of sums.</remarks>
    public static List<Metric> Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var metrics = new List<Metric>();
        DataCsv.ReadRows(fullPath, displayPath, Columns, OptionalColumns, diagnostics, row =>
        {
            if (!Cells.TryRequired(row, "id", diagnostics, out var id))
            {
                return;
            }

            Cells.TryRequired(row, "name", diagnostics, out var name);
            if (!Cells.TryWord<Domain>(row, "domain", DataDiagnosticCodes.UnknownDomain, diagnostics, out var domain))
            {
                domain = Domain.Performance;
            }

            if (!Cells.TryWord<Unit>(row, "unit", DataDiagnosticCodes.UnknownUnit, diagnostics, out var unit))
            {
                unit = Unit.Count;
            }

            if (!Cells.TryWord<Improvement>(row, "improvement", DataDiagnosticCodes.UnknownImprovement, diagnostics, out var improvement))
            {
                improvement = Improvement.Neutral;
            }

            var decimals = ReadDecimals(row, diagnostics);
            Cells.TryOptionalNumber(row, "target", diagnostics, out var target);
            Cells.TryOptionalNumber(row, "plan_tolerance", diagnostics, out var tolerance);
            var numerator = NullIfBlank(row["numerator"]);
            var denominator = NullIfBlank(row["denominator"]);
            var aggregate = AggregateRule.None;
            if ((numerator is null && denominator is null) || row["aggregate"].Length > 0)
            {
                Cells.TryWord(row, "aggregate", DataDiagnosticCodes.UnknownAggregate, diagnostics, out aggregate);
            }

            var (per, perScale) = ReadPer(row, diagnostics);
            metrics.Add(new Metric(
                id,
                name.Length == 0 ? id : name,
                domain,
                unit,
                improvement,
                decimals,
                target,
                numerator,
                denominator,
                aggregate,
                row["description"],
                row.Location,
                NullIfBlank(row["meets_demand"]),
                per,
                perScale,
                NullIfBlank(row["weight"]),
                ReadFrequency(row, diagnostics),
                tolerance,
                NullIfBlank(row["executive_lead"]),
                NullIfBlank(row["committee"])));
        });
        return metrics;
    }

    private static int ReadDecimals(CsvRow row, DiagnosticBag diagnostics)
    {
        var text = row["decimals"];
        if (text.Length == 0)
        {
            return 0;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var decimals))
        {
            return decimals;
        }

        diagnostics.Error(
            row.Location,
            DataDiagnosticCodes.InvalidDecimals,
            $"'decimals' is '{text}', which is not a whole number",
            "give the number of decimal places to show, from 0 to 6");
        return 0;
    }

    /// <summary>Blank is monthly; otherwise <c>monthly</c> or <c>quarterly</c>.</summary>
    private static MetricFrequency ReadFrequency(CsvRow row, DiagnosticBag diagnostics)
    {
        if (row["frequency"].Length == 0)
        {
            return MetricFrequency.Monthly;
        }

        return Cells.TryWord<MetricFrequency>(row, "frequency", DataDiagnosticCodes.UnknownFrequency, diagnostics, out var frequency)
            ? frequency
            : MetricFrequency.Monthly;
    }

    /// <summary>The <c>per</c> column: a metric id, optionally after a multiplier ("100 ga_beds" is per 100 beds).</summary>
    private static (string? Per, double Scale) ReadPer(CsvRow row, DiagnosticBag diagnostics)
    {
        var text = row["per"];
        if (text.Length == 0)
        {
            return (null, 1);
        }

        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 1)
        {
            return (parts[0], 1);
        }

        if (parts.Length == 2 && double.TryParse(parts[0].Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var scale) && scale > 0)
        {
            return (parts[1], scale);
        }

        diagnostics.Error(
            row.Location,
            DataDiagnosticCodes.InvalidPer,
            $"'per' is '{text}', which is not a metric id or a multiplier and a metric id",
            "give the size measure this volume is divided by to be ranked, such as 'ga_beds' or '100 ga_beds' (per 100 beds)");
        return (null, 1);
    }

    private static string? NullIfBlank(string text) => text.Length == 0 ? null : text;
}
