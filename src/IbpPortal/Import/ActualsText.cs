using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>The canonical text of an observations file (header, LF, invariant numbers), as <see cref="PublicationImport"/> writes it (through <see cref="CsvLines"/>).</summary>
internal static class ActualsText
{
    /// <summary>The file's text for rows already sorted.</summary>
    public static string Format(IEnumerable<(string Org, string Metric, Period Period, DataValue Value)> rows)
    {
        using var csv = new CsvLines();
        csv.Row(["org", "metric", "period", "value"]);
        foreach (var (org, metric, period, value) in rows)
        {
            csv.Row([org, metric, period.ToString(), value.ToCsv()]);
        }

        return csv.ToString();
    }
}
