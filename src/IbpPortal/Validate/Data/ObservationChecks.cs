using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks the rows of <c>actuals.csv</c>, <c>plans.csv</c> and <c>targets.csv</c>.</summary>
internal static class ObservationChecks
{
    /// <summary>Unknown organisations and metrics, and duplicate (org, metric, period) keys within the file.</summary>
    /// <param name="allowAllOrgs">True for targets, where <c>*</c> means every organisation.</param>
    public static void Check(IReadOnlyList<Observation> rows, KnownCodes codes, bool allowAllOrgs, DiagnosticBag diagnostics)
    {
        var unknownOrgs = new UnknownCodeTally();
        var unknownMetrics = new UnknownCodeTally();
        var seen = new Dictionary<ObservationKey, int>(rows.Count);
        foreach (var row in rows)
        {
            if (!codes.Organisations.ContainsKey(row.Org) && !(allowAllOrgs && row.Org == "*"))
            {
                unknownOrgs.Add(row.Org, row.Source);
            }

            if (!codes.Metrics.ContainsKey(row.Metric))
            {
                unknownMetrics.Add(row.Metric, row.Source);
            }

            var key = new ObservationKey(row.Org, row.Metric, row.Period);
            if (!seen.TryAdd(key, row.Source.Line))
            {
                diagnostics.Error(
                    row.Source,
                    DataDiagnosticCodes.DuplicateObservation,
                    $"{row.Org} {row.Metric} {row.Period} is given twice (also at line {seen[key]})",
                    "keep one row per organisation, metric and month");
            }
        }

        unknownOrgs.Report((location, code, more) => codes.ReportUnknownOrganisation(location, code, more, diagnostics));
        unknownMetrics.Report((location, id, more) => codes.ReportUnknownMetric(location, id, more, diagnostics));
    }

    /// <summary>Checks only actuals need: ratio metrics given their own rows, and months missing from a series.</summary>
    public static void CheckActualsOnly(IReadOnlyList<Observation> actuals, KnownCodes codes, DiagnosticBag diagnostics)
    {
        var warnedRatios = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in actuals)
        {
            if (codes.Metrics.TryGetValue(row.Metric, out var metric) && metric.IsRatio && warnedRatios.Add(row.Metric))
            {
                diagnostics.Warning(
                    row.Source,
                    DataDiagnosticCodes.RatioHasActuals,
                    $"'{row.Metric}' is a ratio metric ({metric.Numerator} / {metric.Denominator}), so its rows here are not used: the values computed from its parts are",
                    $"remove the {row.Metric} rows, or give their parts' figures instead");
            }
        }

        foreach (var series in actuals.GroupBy(r => (r.Org, r.Metric)))
        {
            var quarterly = codes.Metrics.TryGetValue(series.Key.Metric, out var metric) && metric.Frequency == MetricFrequency.Quarterly;
            if (quarterly)
            {
                ReportOffQuarter(series, diagnostics);
            }

            ReportGaps(series.OrderBy(r => r.Period).ToList(), quarterly ? 3 : 1, diagnostics);
        }
    }

    /// <summary>A quarterly measure's figures belong at its quarters' last months; one error per series, at its first stray row.</summary>
    private static void ReportOffQuarter(IEnumerable<Observation> series, DiagnosticBag diagnostics)
    {
        var stray = series.Where(r => !r.Period.IsQuarterEnd).ToList();
        if (stray.Count > 0)
        {
            var more = stray.Count > 1 ? $" (and {stray.Count - 1} more rows)" : string.Empty;
            diagnostics.Error(
                stray[0].Source,
                DataDiagnosticCodes.QuarterlyOffQuarter,
                $"'{stray[0].Metric}' is quarterly, but this row is for {stray[0].Period}, which is not the last month of a quarter{more}",
                "give each quarter's figure at its last month: 2024-06, 2024-09, 2024-12 or 2025-03");
        }
    }

    private static void ReportGaps(List<Observation> series, int expectedStep, DiagnosticBag diagnostics)
    {
        var missing = new List<string>();
        Observation? firstAfterGap = null;
        for (var i = 1; i < series.Count; i++)
        {
            var step = series[i].Period.MonthsSince(series[i - 1].Period);
            if (step <= expectedStep)
            {
                continue;
            }

            firstAfterGap ??= series[i];
            var from = series[i - 1].Period.AddMonths(expectedStep);
            var to = series[i].Period.AddMonths(-expectedStep);
            missing.Add(from == to ? from.ToString() : $"{from} to {to}");
        }

        if (firstAfterGap is not null)
        {
            diagnostics.Warning(
                firstAfterGap.Source,
                DataDiagnosticCodes.SeriesGap,
                $"actuals for {firstAfterGap.Org} {firstAfterGap.Metric} have no row for {string.Join(", ", missing)}",
                "add the missing months (with a blank value if they were not submitted) so that SPC charts are not misread");
        }
    }
}
