namespace IbpPortal.Render;

/// <summary>Shares render units among N shards, balanced by their estimated cost, the same way on every machine.</summary>
/// <remarks>
/// Longest processing time first: units in decreasing cost (ties by key, ordinal), each given to the shard with the
/// least cost so far (ties to the lowest shard). The result depends only on the units, their costs and N, so every
/// shard of a CI matrix, run on its own runner, computes the same split and renders only its own part.
/// </remarks>
public static class UnitSchedule
{
    /// <summary>The units of shard <paramref name="index"/> (1-based) of <paramref name="count"/>, in key order.</summary>
    public static IReadOnlyList<RenderUnit> Shard(IReadOnlyList<RenderUnit> units, Func<RenderUnit, long> cost, int index, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(index, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(index, count);
        return [.. Split(units, cost, count)[index - 1].OrderBy(u => u.Key, StringComparer.Ordinal)];
    }

    /// <summary>Every shard's units, by longest processing time first.</summary>
    public static IReadOnlyList<List<RenderUnit>> Split(IReadOnlyList<RenderUnit> units, Func<RenderUnit, long> cost, int count)
    {
        var shards = Enumerable.Range(0, count).Select(_ => new List<RenderUnit>()).ToList();
        var load = new long[count];
        var byCost = units.Select(u => (Unit: u, Cost: Math.Max(0, cost(u))))
            .OrderByDescending(u => u.Cost)
            .ThenBy(u => u.Unit.Key, StringComparer.Ordinal);
        foreach (var (unit, unitCost) in byCost)
        {
            var least = 0;
            for (var i = 1; i < count; i++)
            {
                if (load[i] < load[least])
                {
                    least = i;
                }
            }

            shards[least].Add(unit);
            load[least] += unitCost;
        }

        return shards;
    }
}
