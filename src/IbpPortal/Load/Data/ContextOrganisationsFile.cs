using System.Text;
using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Load.Data;

/// <summary>Reads and writes <c>context-organisations.csv</c>: England's providers that the portal benchmarks against but does not publish.</summary>
internal static class ContextOrganisationsFile
{
    /// <summary>The file's name in <c>data/</c>.</summary>
    public const string Name = "context-organisations.csv";

    /// <summary>The columns, in order.</summary>
    public static readonly string[] Columns = ["code", "name", "type", "sector", "icb", "region"];

    /// <summary>Every row; a blank code is reported.</summary>
    public static List<ContextOrganisation> Read(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        var organisations = new List<ContextOrganisation>();
        DataCsv.ReadRows(fullPath, displayPath, Columns, [], diagnostics, row =>
        {
            if (Cells.TryRequired(row, "code", diagnostics, out var code))
            {
                organisations.Add(new ContextOrganisation(code, row["name"], row["type"], row["sector"], row["icb"], row["region"]));
            }
        });
        return organisations;
    }

    /// <summary>The file's text, sorted by code, LF line endings.</summary>
    public static string Format(IEnumerable<ContextOrganisation> organisations)
    {
        var text = new StringBuilder(string.Join(',', Columns)).Append('\n');
        foreach (var o in organisations.OrderBy(o => o.Code, StringComparer.Ordinal))
        {
            text.AppendJoin(',', new[] { o.Code, o.Name, o.Type, o.Sector, o.Icb, o.Region }.Select(Field)).Append('\n');
        }

        return text.ToString();
    }

    private static string Field(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}
