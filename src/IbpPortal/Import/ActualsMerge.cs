using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Merges imported rows into the existing actuals: new keys are added, changed values replaced, everything else kept.</summary>
internal static class ActualsMerge
{
    /// <summary>The merged rows sorted by org, metric and period (ordinal), with counts of what changed.</summary>
    /// <param name="replaces">The (metric, month) pairs the import covers: existing rows in them that the import lacks are removed.</param>
    public static (List<(string Org, string Metric, Period Period, DataValue Value)> Rows, int Added, List<ImportChange> Changed, int Unchanged) Merge(
        IEnumerable<Observation> existing,
        IEnumerable<(string Org, string Metric, Period Period, DataValue Value)> incoming,
        IReadOnlySet<(string Metric, Period Period)>? replaces = null)
    {
        var rows = new Dictionary<(string, string, Period), DataValue>();
        foreach (var row in existing)
        {
            rows[(row.Org, row.Metric, row.Period)] = row.Value;
        }

        var added = 0;
        var unchanged = 0;
        var changed = new List<ImportChange>();
        var seen = new HashSet<(string, string, Period)>();
        foreach (var (org, metric, period, value) in incoming)
        {
            seen.Add((org, metric, period));
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

        if (replaces is not null)
        {
            // A revised edition replaces its months: a figure it no longer gives is removed, and listed.
            var incomingKeys = seen;
            foreach (var key in rows.Keys.Where(k => replaces.Contains((k.Item2, k.Item3)) && !incomingKeys.Contains(k)).ToList())
            {
                changed.Add(new ImportChange(key.Item1, key.Item2, key.Item3, rows[key], DataValue.Missing, Removed: true));
                rows.Remove(key);
            }
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
