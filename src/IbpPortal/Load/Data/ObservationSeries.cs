using System.Runtime.InteropServices;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>The rows of a table grouped by organisation and metric: for each month of each series, the first row (in file
/// order) that gives it, found in two passes over the table's columns rather than with a dictionary entry per row.</summary>
/// <remarks>Series are listed in the order their first row comes in the file. Rows after their metric's limit (when one is
/// given) are left out as if they were not there; a series all of whose rows are left out is not listed.</remarks>
internal sealed class ObservationSeries
{
    private ObservationSeries(ObservationTable table, List<SeriesRows> series, List<(int Row, int First)> duplicates)
    {
        Table = table;
        Series = series;
        Duplicates = duplicates;
    }

    /// <summary>The table grouped.</summary>
    public ObservationTable Table { get; }

    /// <summary>Each series, in the order its first row comes.</summary>
    public IReadOnlyList<SeriesRows> Series { get; }

    /// <summary>Each row whose organisation, metric and month an earlier row gave, with that earlier row, in file order.</summary>
    public IReadOnlyList<(int Row, int First)> Duplicates { get; }

    /// <summary>Groups the rows of <paramref name="table"/>.</summary>
    /// <param name="limitOf">The last month kept for a metric (by its code), or null to keep every row.</param>
    public static ObservationSeries Of(ObservationTable table, Func<string, Period>? limitOf = null)
    {
        var orgs = table.Orgs;
        var metrics = table.Metrics;
        var periods = table.Periods;
        var limits = Limits(table, limitOf);

        // First pass: each series, and its first and last month.
        var index = new Dictionary<long, int>();
        var groups = new List<(int Org, int Metric, Period First, Period Last)>();
        var last = (Org: -1, Metric: -1, Group: -1);
        for (var i = 0; i < orgs.Length; i++)
        {
            var period = periods[i];
            if (limits is not null && period > limits[metrics[i]])
            {
                continue;
            }

            var group = GroupOf(index, table.CodeCount, orgs[i], metrics[i], ref last, groups.Count);
            if (group == groups.Count)
            {
                groups.Add((orgs[i], metrics[i], period, period));
            }

            var (org, metric, first, end) = groups[group];
            if (period < first || period > end)
            {
                groups[group] = (org, metric, period < first ? period : first, period > end ? period : end);
            }
        }

        // Second pass: the first row of each month; later rows for the same month are duplicates.
        var series = new List<SeriesRows>(groups.Count);
        foreach (var (org, metric, first, end) in groups)
        {
            var rows = new int[end.MonthsSince(first) + 1];
            Array.Fill(rows, -1);
            series.Add(new SeriesRows(org, metric, first, rows));
        }

        var duplicates = new List<(int Row, int First)>();
        last = (-1, -1, -1);
        for (var i = 0; i < orgs.Length; i++)
        {
            if (limits is not null && periods[i] > limits[metrics[i]])
            {
                continue;
            }

            var found = series[GroupOf(index, table.CodeCount, orgs[i], metrics[i], ref last, groups.Count)];
            ref var month = ref found.Rows[periods[i].MonthsSince(found.Start)];
            if (month < 0)
            {
                month = i;
            }
            else
            {
                duplicates.Add((i, month));
            }
        }

        return new ObservationSeries(table, series, duplicates);
    }

    /// <summary>The series of an organisation and metric: the last row's when it is the same (rows of a series mostly come together),
    /// else from the index, which gives an unseen pair the number <paramref name="next"/>.</summary>
    private static int GroupOf(Dictionary<long, int> index, int codes, int org, int metric, ref (int Org, int Metric, int Group) last, int next)
    {
        if (org != last.Org || metric != last.Metric)
        {
            ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(index, ((long)org * codes) + metric, out var exists);
            if (!exists)
            {
                slot = next;
            }

            last = (org, metric, slot);
        }

        return last.Group;
    }

    private static Period[]? Limits(ObservationTable table, Func<string, Period>? limitOf)
    {
        if (limitOf is null)
        {
            return null;
        }

        var limits = new Period[table.CodeCount];
        for (var code = 0; code < limits.Length; code++)
        {
            limits[code] = limitOf(table.Code(code));
        }

        return limits;
    }
}
