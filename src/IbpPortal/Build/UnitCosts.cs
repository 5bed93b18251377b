using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections;

namespace IbpPortal.Build;

/// <summary>An estimate of what each render unit costs, from the plan data alone, so that every shard computes the same figure.</summary>
/// <remarks>
/// An organisation's page and board pack draw one SPC chart per metric it reports, each over its months of actuals and
/// plans, so its cost is taken as (metrics × <see cref="ChartWeight"/> + rows) for its page and again for its pack.
/// A file rendered alone (a CSV or JSON download, the sitemap) counts 1. Only the order of the estimates matters:
/// they decide which units start first and how shards are balanced, never what is written.
/// </remarks>
public static class UnitCosts
{
    /// <summary>What laying out and drawing one chart costs, counted in data rows (an estimate).</summary>
    public const long ChartWeight = 100;

    /// <summary>The cost estimate of each unit of a portal with <paramref name="data"/>.</summary>
    /// <remarks>The rows are counted in the background, while the build gets ready to render: the first estimate asked for waits for them.</remarks>
    public static Func<RenderUnit, long> From(PlanData data)
    {
        var weights = Task.Run(() => Weights(data));
        return unit =>
        {
            var drawn = unit.Pages.Count + unit.Files.Count(f => f.Document is not null);
            return unit.Pages.Count + unit.Files.Count + (drawn * weights.GetAwaiter().GetResult().GetValueOrDefault(unit.Key));
        };
    }

    /// <summary>Each organisation's unit group with its weight (metrics × <see cref="ChartWeight"/> + rows).</summary>
    private static Dictionary<string, long> Weights(PlanData data)
    {
        // Counted from the tables' code columns: at national scale there are over half a million rows, and no row is made
        // into a record. Each table numbers its own codes, so its counts are added up by code.
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        var series = new HashSet<(string Org, string Metric)>();
        foreach (var list in new[] { data.Actuals, data.Plans })
        {
            var table = Load.Data.ObservationTable.Of(list);
            var perOrg = new long[table.CodeCount];
            foreach (var org in table.Orgs)
            {
                perOrg[org]++;
            }

            for (var code = 0; code < perOrg.Length; code++)
            {
                if (perOrg[code] > 0)
                {
                    var org = table.Code(code);
                    rows[org] = rows.GetValueOrDefault(org) + perOrg[code];
                }
            }

            foreach (var grouped in Load.Data.ObservationSeries.Of(table).Series)
            {
                series.Add((table.Code(grouped.Org), table.Code(grouped.Metric)));
            }
        }

        var metricCounts = series.CountBy(s => s.Org).ToDictionary(StringComparer.Ordinal);
        return rows.ToDictionary(r => DataRoutes.OrganisationGroup(r.Key), r => (metricCounts[r.Key] * ChartWeight) + r.Value, StringComparer.Ordinal);
    }
}
