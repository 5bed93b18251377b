using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Merges imported rows into the existing actuals: new keys are added, changed values replaced, everything else kept.</summary>
internal static class ActualsMerge
{
    /// <summary>The merged rows sorted by org, metric and period (ordinal), with counts of what changed.</summary>
    public static (List<(string Org, string Metric, Period Period, DataValue Value)> Rows, int Added, List<ImportChange> Changed, int Unchanged) Merge(
        IEnumerable<Observation> existing,
        IEnumerable<(string Org, string Metric, Period Period, DataValue Value)> incoming)
    {
        var rows = new Dictionary<(string, string, Period), DataValue>();
        foreach (var row in existing)
        {
            rows[(row.Org, row.Metric, row.Period)] = row.Value;
        }

        var added = 0;
        var unchanged = 0;
        var changed = new List<ImportChange>();
        foreach (var (org, metric, period, value) in incoming)
        {
            if (!rows.TryGetValue((org, metric, period), out var old))
            {
                added++;
            }
            else if (old == value || (old.Kind == value.Kind && !value.HasValue))
            {
                unchanged++;
                continue;
            }
            else
            {
                changed.Add(new ImportChange(org, metric, period, old, value));
            }

            rows[(org, metric, period)] = value;
        }

        var sorted = rows
            .Select(kv => (Org: kv.Key.Item1, Metric: kv.Key.Item2, Period: kv.Key.Item3, Value: kv.Value))
            .OrderBy(r => r.Org, StringComparer.Ordinal)
            .ThenBy(r => r.Metric, StringComparer.Ordinal)
            .ThenBy(r => r.Period)
            .ToList();
        changed.Sort((a, b) => string.CompareOrdinal($"{a.Org}\u0001{a.Metric}\u0001{a.Period}", $"{b.Org}\u0001{b.Metric}\u0001{b.Period}"));
        return (sorted, added, changed, unchanged);
    }
}
