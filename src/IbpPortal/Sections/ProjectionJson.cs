using System.Text.Json;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Scenarios;
using IbpPortal.Model;

namespace IbpPortal.Sections;

/// <summary>Writes an organisation's projections into its JSON download: per metric, one series per scenario starting at the latest actual.</summary>
internal static class ProjectionJson
{
    /// <summary>The identifier of a projection in downloads: the scenario's id, or <c>baseline</c>.</summary>
    public static string Id(Projection projection) => projection.Scenario?.Id ?? "baseline";

    /// <summary>Writes <c>"projections": { metric: { method, trend, series: [...] } }</c>.</summary>
    public static void Write(Utf8JsonWriter w, AnalysisModel analysis, Organisation org)
    {
        w.WritePropertyName("projections");
        w.WriteStartObject();
        foreach (var metric in analysis.Metrics)
        {
            var set = analysis.Projections(org.Code, metric.Id);
            if (set.Fit is not { } fit)
            {
                continue;
            }

            w.WritePropertyName(metric.Id);
            w.WriteStartObject();
            w.WriteString("method", set.FromParts ? "ratio_of_projected_parts" : fit.Method == BaselineMethod.Flat ? "flat_recent_level" : "seasonal_scaled");
            DataDownloads.WriteNumber(w, "annual_trend", fit.AnnualTrend);
            w.WritePropertyName("series");
            w.WriteStartArray();
            foreach (var projection in set.All)
            {
                WriteProjection(w, projection);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteProjection(Utf8JsonWriter w, Projection projection)
    {
        w.WriteStartObject();
        w.WriteString("scenario", Id(projection));
        w.WriteString("name", projection.Name);
        w.WriteNumber("annual_change_percent", projection.AnnualChangePercent);
        DataDownloads.WriteNumber(w, "numerator_change_percent", projection.NumeratorChangePercent);
        DataDownloads.WriteNumber(w, "denominator_change_percent", projection.DenominatorChangePercent);
        w.WriteString("starts", projection.Start.Period.ToString());
        DataDownloads.WriteNumber(w, "target_at_horizon", projection.TargetAtHorizon);
        DataDownloads.WriteNumber(w, "plan_at_horizon", projection.PlanAtHorizon);
        w.WritePropertyName("points");
        w.WriteStartArray();
        foreach (var point in projection.FromLatestActual)
        {
            w.WriteStartObject();
            w.WriteString("period", point.Period.ToString());
            w.WriteNumber("value", point.Value);
            w.WriteBoolean("actual", point.Period == projection.Start.Period);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
