using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>Finds the target in force for an organisation, metric and month.</summary>
/// <remarks>
/// A row of <c>targets.csv</c> applies from its period until the next row for the same organisation (or
/// <c>*</c>) and metric. An organisation's own row beats a <c>*</c> row, which beats the metric's national
/// target in <c>metrics.csv</c>. A row whose value is absent (blank, <c>*</c> or <c>-</c>) means "no target"
/// from that period on.
/// </remarks>
internal sealed class TargetResolver
{
    private const string Everyone = "*";
    private readonly Dictionary<OrgMetricKey, (Period Period, DataValue Value)[]> rows;
    private readonly Dictionary<string, Metric> metrics;

    public TargetResolver(IEnumerable<Observation> targets, IEnumerable<Metric> metrics)
    {
        rows = targets
            .GroupBy(t => new OrgMetricKey(t.Org, t.Metric))
            .ToDictionary(g => g.Key, g => g.Select(t => (t.Period, t.Value)).OrderBy(t => t.Period).ToArray());
        this.metrics = metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
    }

    /// <summary>The target in force, or null when there is none.</summary>
    public double? Target(string org, string metric, Period period) => For(org, metric).At(period);

    /// <summary>The targets of one organisation and metric, looked up once for every month of a series.</summary>
    public TargetSeries For(string org, string metric) => new(
        rows.GetValueOrDefault(new OrgMetricKey(org, metric)),
        rows.GetValueOrDefault(new OrgMetricKey(Everyone, metric)),
        metrics.TryGetValue(metric, out var m) ? m.Target : null);

    /// <summary>The target in force with its kind, the month it last changed and its value before.</summary>
    public TargetBasis Basis(string org, string metric, Period period)
    {
        var national = metrics.TryGetValue(metric, out var m) ? m.Target : null;
        var value = Target(org, metric, period);
        if (value is null)
        {
            return TargetBasis.None with { NationalStandard = national };
        }

        var kind = InForce(new OrgMetricKey(org, metric), period) is not null ? TargetKind.Trajectory
            : InForce(new OrgMetricKey(Everyone, metric), period) is not null ? TargetKind.Everyone
            : TargetKind.NationalStandard;

        // Walk back month by month over the rows' starts: the latest start at or before the period whose value differs from the one before.
        // The rows are those of the organisation and of everyone (two keys, looked up rather than searched for).
        var starts = new[] { new OrgMetricKey(org, metric), new OrgMetricKey(Everyone, metric) }
            .Distinct()
            .SelectMany(key => rows.GetValueOrDefault(key) ?? [])
            .Select(v => v.Period)
            .Where(p => p <= period)
            .Distinct()
            .OrderDescending();
        foreach (var start in starts)
        {
            var before = Target(org, metric, start.AddMonths(-1));
            if (before != Target(org, metric, start))
            {
                return new TargetBasis(value, kind, start, before, national);
            }
        }

        return new TargetBasis(value, kind, null, null, national);
    }

    private DataValue? InForce(OrgMetricKey key, Period period) =>
        rows.TryGetValue(key, out var list) ? TargetSeries.InForce(list, period) : null;
}
