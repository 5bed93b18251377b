using System.Globalization;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Reads <c>actuals.csv</c>, <c>plans.csv</c> and <c>targets.csv</c>: one value per (org, metric, period).</summary>
internal static class ObservationsFile
{
    /// <summary>The columns the file must have.</summary>
    public static readonly string[] Columns = ["org", "metric", "period", "value"];

    private const NumberStyles NumberStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Reads every well-formed row; a row with a bad cell is reported and left out.</summary>
    public static ObservationTable Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var observations = new ObservationTable(displayPath, EstimatedRows(fullPath));
        int[]? at = null;
        DataCsv.ReadRows(fullPath, displayPath, Columns, [], diagnostics, (reader, columns, line) => TryPlain(reader, at ??= Positions(columns), line, observations), row =>
        {
            var ok = Cells.TryRequired(row, "org", diagnostics, out var org);
            ok &= Cells.TryRequired(row, "metric", diagnostics, out var metric);
            ok &= Cells.TryPeriod(row, "period", diagnostics, out var period);
            ok &= Cells.TryValue(row, "value", diagnostics, out var value);
            if (ok)
            {
                observations.Add(org, metric, period, value, row.Location.Line);
            }
        });
        observations.TrimExcess();
        return observations;
    }

    /// <summary>Adds a row whose cells are plainly right (no spaces around them, a YYYY-MM month, a number or a blank, <c>*</c> or
    /// <c>-</c>) straight from its UTF-8 bytes, as <see cref="Cells"/> would read them; false for any other row, which is then read as text.</summary>
    /// <param name="at">The positions of the columns org, metric, period and value in the header.</param>
    internal static bool TryPlain(CsvFileReader reader, int[] at, int line, ObservationTable observations)
    {
        var (org, metric, period, value) = (at[0], at[1], at[2], at[3]);
        if (!IsPlain(reader.Span(org)) || !IsPlain(reader.Span(metric)) || !TryPeriod(reader.Span(period), out var month) || !TryValue(reader.Span(value), out var figure))
        {
            return false;
        }

        observations.Add(reader.Text(org), reader.Text(metric), month, figure, line);
        return true;
    }

    private static int[] Positions(CsvColumns columns) => [.. Columns.Select(columns.IndexOf)];

    /// <summary>Not blank, and begins and ends with a visible ASCII character, so trimming would leave it as it is.</summary>
    internal static bool IsPlain(ReadOnlySpan<byte> cell) =>
        cell.Length > 0 && cell[0] is > 0x20 and < 0x7F && cell[^1] is > 0x20 and < 0x7F;

    /// <summary>Exactly YYYY-MM with month 01 to 12 and a year from <see cref="Period.FirstYear"/>, as <see cref="Period.TryParse"/> accepts.</summary>
    internal static bool TryPeriod(ReadOnlySpan<byte> cell, out Period period)
    {
        period = default;
        if (cell.Length != 7 || cell[4] != (byte)'-')
        {
            return false;
        }

        var digits = 0;
        foreach (var i in (ReadOnlySpan<int>)[0, 1, 2, 3, 5, 6])
        {
            if (cell[i] is < (byte)'0' or > (byte)'9')
            {
                return false;
            }

            digits = (digits * 10) + (cell[i] - '0');
        }

        var (year, month) = (digits / 100, digits % 100);
        if (month is < 1 or > 12 || year < Period.FirstYear)
        {
            return false;
        }

        period = new Period(year, month);
        return true;
    }

    /// <summary>A blank, <c>*</c>, <c>-</c> or a finite invariant number, as <see cref="Cells.TryValue"/> reads it.</summary>
    internal static bool TryValue(ReadOnlySpan<byte> cell, out DataValue value)
    {
        value = DataValue.Missing;
        if (cell.Length == 0)
        {
            return true;
        }

        if (!IsPlain(cell))
        {
            return false;
        }

        if (cell.Length == 1 && cell[0] is (byte)'*' or (byte)'-')
        {
            value = cell[0] == (byte)'*' ? DataValue.Suppressed : DataValue.NotApplicable;
            return true;
        }

        if (double.TryParse(cell, NumberStyle, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            value = DataValue.Of(number);
            return true;
        }

        return false;
    }

    /// <summary>About how many rows a file of this size holds (lines of some 32 bytes), so the table seldom grows.</summary>
    private static int EstimatedRows(string fullPath)
    {
        try
        {
            return (int)Math.Min(new FileInfo(fullPath).Length / 32, 50_000_000);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
