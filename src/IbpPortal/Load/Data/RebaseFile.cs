using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Reads <c>rebase.csv</c>: the periods where an SPC chart starts a new segment.</summary>
internal static class RebaseFile
{
    /// <summary>The columns the file must have.</summary>
    public static readonly string[] Columns = ["org", "metric", "period", "reason"];

    /// <summary>Reads every well-formed row; a row with a bad cell is reported and left out.</summary>
    public static List<Rebase> Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var rebases = new List<Rebase>();
        DataCsv.ReadRows(fullPath, displayPath, Columns, [], diagnostics, row =>
        {
            var ok = Cells.TryRequired(row, "org", diagnostics, out var org);
            ok &= Cells.TryRequired(row, "metric", diagnostics, out var metric);
            ok &= Cells.TryPeriod(row, "period", diagnostics, out var period);
            if (ok)
            {
                rebases.Add(new Rebase(org, metric, period, row["reason"], row.Location));
            }
        });
        return rebases;
    }
}
