using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks the rows of <c>actuals.csv</c>, <c>plans.csv</c> and <c>targets.csv</c>.</summary>
internal static class ObservationChecks
{
    /// <summary>Unknown organisations and metrics, and duplicate (org, metric, period) keys within the file.</summary>
    /// <param name="rows">The file's rows grouped into series (<see cref="ObservationSeries.Of"/> with no limit).</param>
    /// <param name="allowAllOrgs">True for targets, where <c>*</c> means every organisation.</param>
    public static void Check(ObservationSeries rows, KnownCodes codes, bool allowAllOrgs, DiagnosticBag diagnostics)
    {
        var table = rows.Table;
        var knownOrg = new bool[table.CodeCount];
        var knownMetric = new bool[table.CodeCount];
        for (var code = 0; code < table.CodeCount; code++)
        {
            var text = table.Code(code);
            knownOrg[code] = codes.Organisations.ContainsKey(text) || (allowAllOrgs && text == "*");
            knownMetric[code] = codes.Metrics.ContainsKey(text);
        }

        var unknownOrgs = new UnknownCodeTally();
        var unknownMetrics = new UnknownCodeTally();
        var orgs = table.Orgs;
        var metrics = table.Metrics;
        for (var i = 0; i < orgs.Length; i++)
        {
            if (!knownOrg[orgs[i]])
            {
                unknownOrgs.Add(table.Code(orgs[i]), table.SourceAt(i));
            }

            if (!knownMetric[metrics[i]])
            {
                unknownMetrics.Add(table.Code(metrics[i]), table.SourceAt(i));
            }
        }

        foreach (var (duplicate, first) in rows.Duplicates)
        {
            var row = table[duplicate];
            diagnostics.Error(
                row.Source,
                DataDiagnosticCodes.DuplicateObservation,
                $"{row.Org} {row.Metric} {row.Period} is given twice (also at line {table.SourceAt(first).Line})",
                "keep one row per organisation, metric and month");
        }

        unknownOrgs.Report((location, code, more) => codes.ReportUnknownOrganisation(location, code, more, diagnostics));
        unknownMetrics.Report((location, id, more) => codes.ReportUnknownMetric(location, id, more, diagnostics));
    }

    /// <summary>Checks only actuals need: ratio metrics given their own rows, and months missing from a series.</summary>
    /// <param name="actuals">The actuals grouped into series (<see cref="ObservationSeries.Of"/> with no limit).</param>
    public static void CheckActualsOnly(ObservationSeries actuals, KnownCodes codes, DiagnosticBag diagnostics)
    {
        var table = actuals.Table;
        var metricOf = new Metric?[table.CodeCount];
        for (var code = 0; code < metricOf.Length; code++)
        {
            metricOf[code] = codes.Metrics.GetValueOrDefault(table.Code(code));
        }

        var warned = new bool[table.CodeCount];
        var metrics = table.Metrics;
        for (var i = 0; i < metrics.Length; i++)
        {
            if (metricOf[metrics[i]] is { IsRatio: true } metric && !warned[metrics[i]])
            {
                warned[metrics[i]] = true;
                var row = table[i];
                diagnostics.Warning(
                    row.Source,
                    DataDiagnosticCodes.RatioHasActuals,
                    $"'{row.Metric}' is a ratio metric ({metric.Numerator} / {metric.Denominator}), so its rows here are not used: the values computed from its parts are",
                    $"remove the {row.Metric} rows, or give their parts' figures instead");
            }
        }

        var strayDuplicates = StrayDuplicates(actuals, metricOf);
        foreach (var series in actuals.Series)
        {
            var quarterly = metricOf[series.Metric] is { Frequency: MetricFrequency.Quarterly };
            if (quarterly)
            {
                ReportOffQuarter(table, series, strayDuplicates.GetValueOrDefault((series.Org, series.Metric)), diagnostics);
            }

            ReportGaps(table, series, quarterly ? 3 : 1, diagnostics);
        }
    }

    /// <summary>How many rows of each quarterly series repeat a month that is not a quarter's last.</summary>
    private static Dictionary<(int Org, int Metric), int> StrayDuplicates(ObservationSeries actuals, Metric?[] metricOf)
    {
        var counts = new Dictionary<(int Org, int Metric), int>();
        var orgs = actuals.Table.Orgs;
        var metrics = actuals.Table.Metrics;
        var periods = actuals.Table.Periods;
        foreach (var (row, _) in actuals.Duplicates)
        {
            if (metricOf[metrics[row]] is { Frequency: MetricFrequency.Quarterly } && !periods[row].IsQuarterEnd)
            {
                counts[(orgs[row], metrics[row])] = counts.GetValueOrDefault((orgs[row], metrics[row])) + 1;
            }
        }

        return counts;
    }

    /// <summary>A quarterly measure's figures belong at its quarters' last months; one error per series, at its first stray row.</summary>
    private static void ReportOffQuarter(ObservationTable table, SeriesRows series, int strayDuplicates, DiagnosticBag diagnostics)
    {
        var count = strayDuplicates;
        var first = -1;
        for (var k = 0; k < series.Rows.Length; k++)
        {
            var row = series.Rows[k];
            if (row >= 0 && !series.Start.AddMonths(k).IsQuarterEnd)
            {
                count++;
                first = first < 0 || row < first ? row : first;
            }
        }

        if (first >= 0)
        {
            var stray = table[first];
            var more = count > 1 ? $" (and {count - 1} more rows)" : string.Empty;
            diagnostics.Error(
                stray.Source,
                DataDiagnosticCodes.QuarterlyOffQuarter,
                $"'{stray.Metric}' is quarterly, but this row is for {stray.Period}, which is not the last month of a quarter{more}",
                "give each quarter's figure at its last month: 2024-06, 2024-09, 2024-12 or 2025-03");
        }
    }

    private static void ReportGaps(ObservationTable table, SeriesRows series, int expectedStep, DiagnosticBag diagnostics)
    {
        var missing = new List<string>();
        var firstAfterGap = -1;
        var previous = -1;
        for (var k = 0; k < series.Rows.Length; k++)
        {
            if (series.Rows[k] < 0)
            {
                continue;
            }

            if (previous >= 0 && k - previous > expectedStep)
            {
                firstAfterGap = firstAfterGap < 0 ? series.Rows[k] : firstAfterGap;
                var from = series.Start.AddMonths(previous + expectedStep);
                var to = series.Start.AddMonths(k - expectedStep);
                missing.Add(from == to ? from.ToString() : $"{from} to {to}");
            }

            previous = k;
        }

        if (firstAfterGap >= 0)
        {
            var row = table[firstAfterGap];
            diagnostics.Warning(
                row.Source,
                DataDiagnosticCodes.SeriesGap,
                $"actuals for {row.Org} {row.Metric} have no row for {string.Join(", ", missing)}",
                "add the missing months (with a blank value if they were not submitted) so that SPC charts are not misread");
        }
    }
}
