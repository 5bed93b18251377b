using IbpPortal.Diagnostics;
using IbpPortal.Import.Tables;
using IbpPortal.Model;

namespace IbpPortal.Import.Publications;

/// <summary>One provider's running sums; a blank or suppressed part leaves its sum absent, never too small.</summary>
internal sealed class RttSums(SourceLocation source)
{
    private double _waitingList;
    private double _within18;
    private double _known;
    private double _over52;
    private bool _absent;

    public SourceLocation Source { get; } = source;

    public DataValue WaitingList => Value(_waitingList);

    public DataValue Within18 => Value(_within18);

    public DataValue Known => Value(_known);

    public DataValue Over52 => Value(_over52);

    /// <summary>Adds one commissioner row: the week bands (columns <paramref name="bands"/>, named <paramref name="names"/>),
    /// <c>Total</c> (or the bands' sum where it is blank) and <c>Total All</c>.</summary>
    public void Add(TableRow row, int[] bands, IReadOnlyList<string> names, (int Total, int TotalAll) totals, SourceLocation source, DiagnosticBag diagnostics)
    {
        var weeks = new double[bands.Length];
        for (var i = 0; i < bands.Length; i++)
        {
            weeks[i] = Number(row, bands[i], names[i], source, diagnostics);
        }

        _within18 += weeks.Take(18).Sum();
        _over52 += weeks.Skip(52).Sum();
        _waitingList += Number(row, totals.TotalAll, "Total All", source, diagnostics);
        _known += row.Cell(totals.Total).Length == 0 ? weeks.Sum() : Number(row, totals.Total, "Total", source, diagnostics);
    }

    private double Number(TableRow row, int index, string column, SourceLocation source, DiagnosticBag diagnostics)
    {
        if (!PublicationTable.TryNumberAt(row, index, column, source, diagnostics, out var value) || !value.HasValue)
        {
            _absent = true;
            return 0;
        }

        return value.Number;
    }

    private DataValue Value(double sum) => _absent ? DataValue.Missing : DataValue.Of(sum);
}
