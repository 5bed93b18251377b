using System.Text;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>Writes <c>actuals.csv</c> in its canonical form (header, LF, invariant numbers) by replacing the file in one step.</summary>
internal static class ActualsWriter
{
    /// <summary>Writes to a temporary file beside the target, then moves it over the target, so a failure never leaves half a file.</summary>
    public static void Write(string path, IEnumerable<(string Org, string Metric, Period Period, DataValue Value)> rows)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                writer.NewLine = "\n";
                writer.WriteLine("org,metric,period,value");
                foreach (var (org, metric, period, value) in rows)
                {
                    writer.WriteLine($"{Field(org)},{Field(metric)},{period},{value.ToCsv()}");
                }
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
