using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>
/// Values that cannot be true for their metric's unit: negative counts, impossible percentages, a share's
/// numerator above its denominator, and figures so large that they can only be mistakes.
/// </summary>
internal static class ValueRangeChecks
{
    /// <summary>Checks every value of <paramref name="file"/> whose metric is known.</summary>
    /// <remarks>Plans and targets of a share (a ratio metric in percent) must lie in 0–100; other percentages only warn outside it.</remarks>
    public static void Check(ObservationTable file, IReadOnlyDictionary<string, Metric> metrics, DiagnosticBag diagnostics)
    {
        var metricOf = new Metric?[file.CodeCount];
        for (var code = 0; code < metricOf.Length; code++)
        {
            metricOf[code] = metrics.GetValueOrDefault(file.Code(code));
        }

        var percentWarnings = new Dictionary<string, (Observation First, int Count)>(StringComparer.Ordinal);
        var codes = file.Metrics;
        var values = file.Values;
        for (var i = 0; i < values.Length; i++)
        {
            if (!values[i].HasValue || metricOf[codes[i]] is not { } metric)
            {
                continue;
            }

            var value = values[i].Number;
            var range = UnitRange.Of(metric.Unit);
            if (!range.Contains(value))
            {
                var row = file[i];
                diagnostics.Error(row.Source, DataDiagnosticCodes.ValueOutOfRange,
                    $"{row.Org} {row.Metric} {row.Period} is {Show(value)}, outside {range.Describe()} for a metric in {Unit(metric)}: {range.Why}",
                    "correct the value (look for a sign, a misplaced decimal point or a cell copied from the wrong column)");
            }
            else if (metric.Unit == Model.Unit.Percent && value is < 0 or > 100)
            {
                var row = file[i];
                if (metric.IsRatio)
                {
                    diagnostics.Error(row.Source, DataDiagnosticCodes.ValueOutOfRange,
                        $"{row.Org} {row.Metric} {row.Period} is {Show(value)}%, but '{metric.Id}' is a share ({metric.Numerator} / {metric.Denominator}) and must lie from 0 to 100",
                        "correct the value");
                }
                else
                {
                    percentWarnings[row.Metric] = percentWarnings.TryGetValue(row.Metric, out var seen) ? (seen.First, seen.Count + 1) : (row, 1);
                }
            }
        }

        foreach (var (first, count) in percentWarnings.Values)
        {
            diagnostics.Warning(first.Source, DataDiagnosticCodes.PercentOutsideRange,
                $"{first.Org} {first.Metric} {first.Period} is {Show(first.Value.Number)}%" + (count > 1 ? $" ({count - 1:N0} more rows of this file give '{first.Metric}' below 0% or above 100%)" : string.Empty) +
                ", which a share of a whole cannot be (NHS measures such as bed occupancy, activity against a baseline or change on last year can be)",
                $"if '{first.Metric}' is a share, correct the values; if it is a measure that can go beyond 0–100, this warning can be left");
        }
    }

    /// <summary>A metric's own target in <c>metrics.csv</c> must be in its unit's range too.</summary>
    public static void CheckTargets(IReadOnlyList<Metric> metrics, DiagnosticBag diagnostics)
    {
        foreach (var metric in metrics)
        {
            if (metric.Target is { } target && !UnitRange.Of(metric.Unit).Contains(target))
            {
                var range = UnitRange.Of(metric.Unit);
                diagnostics.Error(metric.Source, DataDiagnosticCodes.ValueOutOfRange,
                    $"the target of '{metric.Id}' is {Show(target)}, outside {range.Describe()} for a metric in {Unit(metric)}: {range.Why}",
                    "correct the target");
            }
        }
    }

    /// <summary>Shows a value as written, without exponent for ordinary sizes.</summary>
    internal static string Show(double value) => Math.Abs(value) < 1e15
        ? value.ToString("#,0.######", CultureInfo.InvariantCulture)
        : value.ToString("G6", CultureInfo.InvariantCulture);

    private static string Unit(Metric metric) => metric.Unit switch
    {
        Model.Unit.Gbp => "£",
        Model.Unit.Wte => "WTE",
        _ => metric.Unit.ToString().ToLowerInvariant() + (metric.Unit is Model.Unit.Count or Model.Unit.Rate ? "s" : string.Empty),
    };
}
