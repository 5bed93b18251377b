using IbpPortal.Diagnostics;

namespace IbpPortal.Load.Data;

/// <summary>Reads <c>actuals.csv</c>, <c>plans.csv</c> and <c>targets.csv</c>: one value per (org, metric, period).</summary>
internal static class ObservationsFile
{
    /// <summary>The columns the file must have.</summary>
    public static readonly string[] Columns = ["org", "metric", "period", "value"];

    /// <summary>Reads every well-formed row; a row with a bad cell is reported and left out.</summary>
    public static ObservationTable Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var observations = new ObservationTable(displayPath);
        DataCsv.ReadRows(fullPath, displayPath, Columns, [], diagnostics, row =>
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
}
