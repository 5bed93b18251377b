using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>One organisation's rows for one metric: the first row giving each month from <paramref name="Start"/>, or -1.</summary>
/// <param name="Org">The organisation, as a code index of the table.</param>
/// <param name="Metric">The metric, as a code index of the table.</param>
/// <param name="Start">The first month with a row.</param>
/// <param name="Rows">By month from <paramref name="Start"/> to the last month with a row: the row's index in the table, or -1.</param>
internal readonly record struct SeriesRows(int Org, int Metric, Period Start, int[] Rows);
