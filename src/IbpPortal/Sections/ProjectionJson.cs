using IbpPortal.Analyse;
using IbpPortal.Analyse.Scenarios;
using IbpPortal.Model;
using IbpPortal.Sections.Downloads;

namespace IbpPortal.Sections;

/// <summary>An organisation's projections for its JSON download: per metric, one series per scenario starting at the latest actual.</summary>
internal static class ProjectionJson
{
    /// <summary>The identifier of a projection in downloads: the scenario's id, or <c>baseline</c>.</summary>
    public static string Id(Projection projection) => projection.Scenario?.Id ?? "baseline";

    /// <summary><c>"projections": { metric: { method, annual_trend, series: [...] } }</c>, for the metrics with a fitted baseline.</summary>
    public static IReadOnlyDictionary<string, ProjectionSetJson> Of(AnalysisModel analysis, Organisation org)
    {
        var sets = new Dictionary<string, ProjectionSetJson>(StringComparer.Ordinal);
        foreach (var metric in analysis.Metrics)
        {
            var set = analysis.Projections(org.Code, metric.Id);
            if (set.Fit is not { } fit)
            {
                continue;
            }

            var method = set.FromParts ? "ratio_of_projected_parts" : fit.Method == BaselineMethod.Flat ? "flat_recent_level" : "seasonal_scaled";
            sets[metric.Id] = new ProjectionSetJson(method, DataDownloads.Finite(fit.AnnualTrend), set.All.Select(Series));
        }

        return sets;
    }

    private static ProjectionSeriesJson Series(Projection projection) => new(
        Id(projection),
        projection.Name,
        projection.AnnualChangePercent,
        DataDownloads.Finite(projection.NumeratorChangePercent),
        DataDownloads.Finite(projection.DenominatorChangePercent),
        projection.Start.Period.ToString(),
        DataDownloads.Finite(projection.TargetAtHorizon),
        DataDownloads.Finite(projection.PlanAtHorizon),
        projection.FromLatestActual.Select(point => new ProjectionPointJson(point.Period.ToString(), point.Value, point.Period == projection.Start.Period)));
}
