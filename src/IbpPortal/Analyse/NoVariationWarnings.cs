using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>
/// Warns about SPC charts whose latest segment has no variation to judge (its average moving range is 0 after
/// screening), one warning per metric, so that nobody reads a chart without signals as a stable process.
/// </summary>
internal static class NoVariationWarnings
{
    /// <summary>Adds one warning per metric with such charts, at the first actuals row of the first of them.</summary>
    public static void Report(AnalysisModel model, IReadOnlyList<Observation> actuals, DiagnosticBag diagnostics)
    {
        foreach (var metric in model.Metrics)
        {
            var flat = model.Organisations
                .Where(o => model.Spc(o.Code, metric.Id).Segments is [.., { NoVariation: true }])
                .Select(o => o.Code)
                .ToList();
            if (flat.Count == 0)
            {
                continue;
            }

            var location = FirstRow(actuals, flat[0], metric) ?? metric.Source;
            var named = string.Join(", ", flat.Take(5)) + (flat.Count > 5 ? $" and {flat.Count - 5} more" : string.Empty);
            diagnostics.Warning(location, DataDiagnosticCodes.NoVariation,
                $"the SPC chart of '{metric.Id}' for {named} has no variation to judge: its average moving range is 0 after screening, so no month is flagged and there is no assurance icon",
                "for a rare event (mostly zeros) a rare-event chart (g or t chart) suits better; if the figures should vary, check them");
        }
    }

    private static SourceLocation? FirstRow(IReadOnlyList<Observation> actuals, string org, Metric metric)
    {
        // By the table's code columns: no row is made until the one wanted is found.
        var table = ObservationTable.Of(actuals);
        var (code, part, numerator) = (table.Find(org), table.Find(metric.IsRatio ? metric.Denominator ?? string.Empty : metric.Id), table.Find(metric.Numerator ?? string.Empty));
        var orgs = table.Orgs;
        var metrics = table.Metrics;
        for (var i = 0; code >= 0 && i < orgs.Length; i++)
        {
            if (orgs[i] == code && (metrics[i] == part || metrics[i] == numerator))
            {
                return table.SourceAt(i);
            }
        }

        return null;
    }
}
