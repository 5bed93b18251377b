using IbpPortal.Diagnostics;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Tests.Data;

/// <summary>Rows held column by column (issue 24's memory item) read back as the records they were.</summary>
public class ObservationTableTests
{
    [Fact]
    public void Rows_read_back_as_equal_records_with_file_and_line()
    {
        var table = new ObservationTable("data/actuals.csv");
        table.Add("RJ1", "ae_attendances", new Period(2025, 3), DataValue.Of(18104), 3);
        table.Add("RJ1", "ae_attendances", new Period(2025, 4), DataValue.Suppressed, 4);
        table.Add("QKK", "beds", new Period(2025, 4), DataValue.NotApplicable, 7);
        table.TrimExcess();

        Assert.Equal(3, table.Count);
        Assert.Equal(new Observation("RJ1", "ae_attendances", new Period(2025, 3), DataValue.Of(18104), new SourceLocation("data/actuals.csv", 3)), table[0]);
        Assert.Equal(ValueKind.Suppressed, table[1].Value.Kind);
        Assert.Equal(new SourceLocation("data/actuals.csv", 7), table[2].Source);
        Assert.Equal(table[2], table[2]);
        Assert.Equal(["RJ1", "RJ1", "QKK"], table.Select(o => o.Org));
    }

    [Fact]
    public void Each_code_is_stored_once_for_the_file()
    {
        var table = new ObservationTable("data/plans.csv");
        table.Add(new string("RJ1".AsSpan()), "beds", new Period(2025, 1), DataValue.Of(1), 2);
        table.Add(new string("RJ1".AsSpan()), "beds", new Period(2025, 2), DataValue.Of(2), 3);

        Assert.Same(table[0].Org, table[1].Org);
    }

    [Fact]
    public void Reading_past_the_last_row_throws()
    {
        var table = new ObservationTable("data/plans.csv");
        table.Add("RJ1", "beds", new Period(2025, 1), DataValue.Missing, 2);

        Assert.Throws<ArgumentOutOfRangeException>(() => table[1]);
    }
}
