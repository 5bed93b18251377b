using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Validate.Data;

/// <summary>Checks a metric's <c>per</c> (the size measure a volume is ranked by) and <c>weight</c> (the count an average is weighted by).</summary>
internal static class MetricSizeChecks
{
    /// <summary>Reports a <c>per</c> or <c>weight</c> that names no usable metric.</summary>
    public static void Check(Metric metric, IReadOnlyDictionary<string, Metric> byId, DiagnosticBag diagnostics)
    {
        if (metric.Per is { } per)
        {
            var problem = !metric.IsVolume ? "is not a volume (count, £ or WTE), so it is ranked as it is"
                : !byId.TryGetValue(per, out var size) ? $"is divided by '{per}', which is not a metric{NearestName.DidYouMean(per, byId.Keys)}"
                : per == metric.Id ? "is divided by itself"
                : !size.IsVolume ? $"is divided by '{per}', which is not a count, £ or WTE size measure"
                : null;
            if (problem is not null)
            {
                diagnostics.Error(metric.Source, DataDiagnosticCodes.PerInvalidMetric, $"metric '{metric.Id}' {problem}",
                    "give in 'per' the id of a size measure such as beds or staff (optionally after a multiplier, '100 ga_beds'), or leave it blank to show the volume unranked");
            }
        }

        if (metric.Weight is { } weight)
        {
            var problem = metric.Aggregate != AggregateRule.Mean || metric.IsRatio ? "is not averaged into ICB figures (aggregate is not mean)"
                : !byId.TryGetValue(weight, out var w) ? $"is weighted by '{weight}', which is not a metric{NearestName.DidYouMean(weight, byId.Keys)}"
                : w.Unit is not (Unit.Count or Unit.Wte) || w.IsRatio ? $"is weighted by '{weight}', which is not a count or WTE"
                : null;
            if (problem is not null)
            {
                diagnostics.Error(metric.Source, DataDiagnosticCodes.WeightInvalid, $"metric '{metric.Id}' {problem}",
                    "give in 'weight' the count each trust's figure is weighted by in ICB averages (e.g. ga_beds for bed occupancy), or leave it blank");
            }
        }
    }
}
