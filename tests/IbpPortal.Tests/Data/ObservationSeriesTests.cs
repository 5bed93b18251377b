using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Tests.Data;

/// <summary>Rows grouped by organisation and metric, first row of each month winning, as the checks and the analysis read them.</summary>
public class ObservationSeriesTests
{
    private static readonly Period Jan = new(2025, 1);

    [Fact]
    public void Series_come_in_the_order_of_their_first_row_with_the_first_row_of_each_month()
    {
        // Rows (index: org metric month): 0 A x Jan, 1 B x Feb, 2 A x Mar, 3 A x Jan again, 4 A y Feb, 5 B x Feb again.
        // Series A·x runs Jan..Mar: Jan row 0 (row 3 repeats it), no Feb, Mar row 2 -> [0, -1, 2].
        // Series B·x is Feb only: row 1 (row 5 repeats it) -> [1]. Series A·y is Feb only: row 4 -> [4].
        var table = Table(("A", "x", 0), ("B", "x", 1), ("A", "x", 2), ("A", "x", 0), ("A", "y", 1), ("B", "x", 1));

        var grouped = ObservationSeries.Of(table);

        Assert.Equal(["A x 2025-01 0,-1,2", "B x 2025-02 1", "A y 2025-02 4"], grouped.Series.Select(s => Describe(table, s)));
        Assert.Equal([(3, 0), (5, 1)], grouped.Duplicates);
    }

    [Fact]
    public void Rows_after_their_metric_limit_are_left_out_and_a_series_with_none_left_is_not_listed()
    {
        // Limit Feb for x, Jan for y. A·x keeps Jan and Feb (Apr is dropped) -> starts Jan, [0, 1].
        // A·y has only a Mar row, after its limit -> not listed.
        var table = Table(("A", "x", 0), ("A", "x", 1), ("A", "x", 3), ("A", "y", 2));

        var grouped = ObservationSeries.Of(table, metric => metric == "x" ? Jan.AddMonths(1) : Jan);

        Assert.Equal(["A x 2025-01 0,1"], grouped.Series.Select(s => Describe(table, s)));
        Assert.Empty(grouped.Duplicates);
    }

    [Fact]
    public void Rows_made_as_records_are_read_as_a_table_with_their_own_files()
    {
        var rows = new List<Observation>
        {
            new("A", "x", Jan, DataValue.Of(1), new SourceLocation("data/actuals.csv", 2)),
            new("B", "x", Jan, DataValue.Missing, new SourceLocation("other.csv", 9)),
        };

        var table = ObservationTable.Of(rows);

        Assert.Equal(rows, table);
        Assert.Equal(new SourceLocation("other.csv", 9), table.SourceAt(1));
        Assert.Equal(-1, table.Find("C"));
        Assert.Equal("x", table.Code(table.Metrics[1]));
    }

    private static ObservationTable Table(params (string Org, string Metric, int Month)[] rows)
    {
        var table = new ObservationTable("data/actuals.csv");
        for (var i = 0; i < rows.Length; i++)
        {
            table.Add(rows[i].Org, rows[i].Metric, Jan.AddMonths(rows[i].Month), DataValue.Of(i), i + 2);
        }

        table.TrimExcess();
        return table;
    }

    private static string Describe(ObservationTable table, SeriesRows series) =>
        $"{table.Code(series.Org)} {table.Code(series.Metric)} {series.Start} {string.Join(",", series.Rows)}";
}
