using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks <c>metrics.csv</c>: unique ids, decimals, ratio metrics built from count metrics, and demand links.</summary>
internal static class MetricChecks
{
    /// <summary>Reports problems and returns the metrics by id (first row of each id wins).</summary>
    public static Dictionary<string, Metric> Check(IReadOnlyList<Metric> metrics, DiagnosticBag diagnostics)
    {
        var byId = new Dictionary<string, Metric>(StringComparer.Ordinal);
        foreach (var metric in metrics)
        {
            if (!byId.TryAdd(metric.Id, metric))
            {
                diagnostics.Error(
                    metric.Source,
                    DataDiagnosticCodes.DuplicateMetric,
                    $"metric '{metric.Id}' is listed twice (also at line {byId[metric.Id].Source.Line})",
                    "keep one row per metric id");
            }
        }

        foreach (var metric in metrics)
        {
            if (metric.Decimals is < 0 or > 6)
            {
                diagnostics.Error(
                    metric.Source,
                    DataDiagnosticCodes.DecimalsOutOfRange,
                    $"metric '{metric.Id}' has decimals {metric.Decimals}",
                    "give a number of decimal places from 0 to 6");
            }

            if (metric.PlanTolerance is < 0)
            {
                diagnostics.Error(
                    metric.Source,
                    DataDiagnosticCodes.PlanToleranceNegative,
                    $"metric '{metric.Id}' has plan_tolerance {metric.PlanTolerance}, which is negative",
                    "give how far adverse to plan, in percent of the plan, the measure may be before it is an exception (e.g. 5), or leave it blank");
            }

            CheckRatio(metric, byId, diagnostics);
            if (metric.MeetsDemand is { } demand && !byId.ContainsKey(demand))
            {
                diagnostics.Error(
                    metric.Source,
                    DataDiagnosticCodes.MeetsDemandUnknown,
                    $"metric '{metric.Id}' meets demand '{demand}', which is not a metric{NearestName.DidYouMean(demand, byId.Keys)}",
                    "give the id of the demand metric this capacity is compared with, or leave meets_demand blank");
            }
            else if (metric.MeetsDemand is { } same && byId[same].Unit != metric.Unit)
            {
                diagnostics.Error(
                    metric.Source,
                    DataDiagnosticCodes.MeetsDemandUnitMismatch,
                    $"metric '{metric.Id}' ({UnitOf(metric)}) meets demand '{same}' ({UnitOf(byId[same])}), so the two cannot be compared like for like",
                    "pair a capacity measure with the demand it meets in the same unit (e.g. first outpatient attendances against referrals for a first appointment), or leave meets_demand blank");
            }

            MetricSizeChecks.Check(metric, byId, diagnostics);
        }

        return byId;
    }

    private static string UnitOf(Metric metric) => metric.Unit.ToString().ToLowerInvariant();

    private static void CheckRatio(Metric metric, Dictionary<string, Metric> byId, DiagnosticBag diagnostics)
    {
        if ((metric.Numerator is null) != (metric.Denominator is null))
        {
            diagnostics.Error(
                metric.Source,
                DataDiagnosticCodes.RatioIncomplete,
                $"metric '{metric.Id}' has a {(metric.Numerator is null ? "denominator but no numerator" : "numerator but no denominator")}",
                "give both for a ratio metric, or neither");
            return;
        }

        if (!metric.IsRatio)
        {
            return;
        }

        foreach (var (role, part) in new[] { ("numerator", metric.Numerator!), ("denominator", metric.Denominator!) })
        {
            if (!byId.TryGetValue(part, out var partMetric))
            {
                diagnostics.Error(
                    metric.Source,
                    DataDiagnosticCodes.RatioPartUnknown,
                    $"the {role} of '{metric.Id}' is '{part}', which is not a metric{NearestName.DidYouMean(part, byId.Keys)}",
                    $"give the id of a count metric as the {role}");
            }
            else if (partMetric.Unit != Unit.Count || partMetric.IsRatio)
            {
                diagnostics.Error(
                    metric.Source,
                    DataDiagnosticCodes.RatioPartNotCount,
                    $"the {role} of '{metric.Id}' is '{part}', which is {(partMetric.IsRatio ? "itself a ratio" : $"measured in {partMetric.Unit.ToString().ToLowerInvariant()}")}, not a count",
                    "ratio metrics are computed from two count metrics (aggregated as a ratio of sums)");
            }
        }
    }
}
