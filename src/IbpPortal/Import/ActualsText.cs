using System.Text;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>The canonical text of an observations file (header, LF, invariant numbers), as <see cref="ActualsWriter"/> writes it.</summary>
internal static class ActualsText
{
    /// <summary>The file's text for rows already sorted.</summary>
    public static string Format(IEnumerable<(string Org, string Metric, Period Period, DataValue Value)> rows)
    {
        var text = new StringBuilder("org,metric,period,value\n");
        foreach (var (org, metric, period, value) in rows)
        {
            text.Append(Field(org)).Append(',').Append(Field(metric)).Append(',').Append(period.ToString()).Append(',').Append(value.ToCsv()).Append('\n');
        }

        return text.ToString();
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
