using System.Collections;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>A gap-free run of months for one organisation and metric; months with no row in the data hold <see cref="DataValue.Missing"/>.</summary>
public sealed class MonthlySeries : IReadOnlyList<SeriesPoint>
{
    private readonly DataValue[] values;

    internal MonthlySeries(Period start, DataValue[] values)
    {
        Start = start;
        this.values = values;
    }

    /// <summary>A series with no months, for an organisation that has no data for a metric.</summary>
    public static MonthlySeries Empty { get; } = new(default, []);

    /// <summary>The first month; meaningless when <see cref="IsEmpty"/>.</summary>
    public Period Start { get; }

    /// <summary>The last month; meaningless when <see cref="IsEmpty"/>.</summary>
    public Period End => Start.AddMonths(values.Length - 1);

    /// <summary>True when the series has no months at all.</summary>
    public bool IsEmpty => values.Length == 0;

    /// <summary>Number of months, including those without a value.</summary>
    public int Count => values.Length;

    /// <summary>The month at a zero-based position.</summary>
    public SeriesPoint this[int index] => new(Start.AddMonths(index), values[index]);

    /// <summary>The value at a zero-based position.</summary>
    public DataValue ValueAt(int index) => values[index];

    /// <summary>The value in a month; <see cref="DataValue.Missing"/> outside the series.</summary>
    public DataValue At(Period period)
    {
        if (values.Length == 0)
        {
            return DataValue.Missing;
        }

        var index = period.MonthsSince(Start);
        return index >= 0 && index < values.Length ? values[index] : DataValue.Missing;
    }

    /// <summary>The most recent month with a number at or before <paramref name="atOrBefore"/>, or null when there is none.</summary>
    public SeriesPoint? LatestValue(Period atOrBefore)
    {
        if (values.Length == 0)
        {
            return null;
        }

        var last = Math.Min(atOrBefore.MonthsSince(Start), values.Length - 1);
        for (var i = last; i >= 0; i--)
        {
            if (values[i].HasValue)
            {
                return this[i];
            }
        }

        return null;
    }

    /// <summary>The months from <paramref name="from"/> to <paramref name="to"/> inclusive, missing where outside the series.</summary>
    public IEnumerable<SeriesPoint> Between(Period from, Period to)
    {
        for (var p = from; p <= to; p = p.AddMonths(1))
        {
            yield return new SeriesPoint(p, At(p));
        }
    }

    /// <inheritdoc />
    public IEnumerator<SeriesPoint> GetEnumerator()
    {
        for (var i = 0; i < values.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Builds a series over [<paramref name="start"/>, <paramref name="end"/>] from a value for each month.</summary>
    internal static MonthlySeries Build(Period start, Period end, Func<Period, DataValue> valueAt)
    {
        if (end < start)
        {
            return Empty;
        }

        var values = new DataValue[end.MonthsSince(start) + 1];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = valueAt(start.AddMonths(i));
        }

        return new MonthlySeries(start, values);
    }
}
