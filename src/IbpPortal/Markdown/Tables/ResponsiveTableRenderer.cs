using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IbpPortal.Markdown.Tables;

/// <summary>Writes each markdown table as NHS.UK's responsive table, from the syntax tree: on a phone every row becomes a
/// card whose cells carry their column's heading, so nothing scrolls sideways (WCAG 1.4.10).</summary>
/// <remarks>Markup as NHS.UK frontend 10's table component writes it with <c>responsive: true</c>, <c>scope="col"</c> headers
/// and an <c>aria-hidden</c> heading in each cell, but without its ARIA table roles, which the Nu HTML Checker rejects on
/// table elements (a table keeps its semantics when its CSS display changes).
/// The classes, scopes and spans come from the syntax tree (<see cref="NhsTableExtension"/>).</remarks>
internal sealed class ResponsiveTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var headings = header is null ? [] : header.OfType<TableCell>().Select(CellText).ToList();

        renderer.EnsureLine();
        renderer.Write("<table").WriteAttributes(table).WriteLine(">");
        if (header is not null)
        {
            renderer.WriteLine("<thead class=\"nhsuk-table__head\">");
            WriteRow(renderer, header, headings, isHeader: true);
            renderer.WriteLine("</thead>");
        }

        renderer.WriteLine("<tbody class=\"nhsuk-table__body\">");
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            WriteRow(renderer, row, headings, isHeader: false);
        }

        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }

    /// <summary>The column a cell starts in: its own index when the parser set one, else the column after the previous cell.</summary>
    internal static int ColumnOf(TableCell cell, int next) => cell.ColumnIndex >= 0 ? cell.ColumnIndex : next;

    private static void WriteRow(HtmlRenderer renderer, TableRow row, List<string> headings, bool isHeader)
    {
        renderer.Write("<tr").WriteAttributes(row).WriteLine(">");
        var column = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            var index = ColumnOf(cell, column);
            if (isHeader)
            {
                renderer.Write("<th").WriteAttributes(cell).Write(">");
            }
            else
            {
                renderer.Write("<td").WriteAttributes(cell).Write(">");
                if (index < headings.Count && headings[index].Length > 0)
                {
                    renderer.Write("<span class=\"nhsuk-table__heading\" aria-hidden=\"true\">")
                        .WriteEscape(headings[index]).Write(" </span>");
                }

                // The content in an element of its own: on a phone the cell is a flex row, and only an element (not loose
                // text) can shrink below its longest word so that long codes and paths wrap instead of widening the page.
                renderer.Write("<span class=\"ibp-cell\">");
            }

            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = true;
            renderer.Write(cell);
            renderer.ImplicitParagraph = implicitParagraph;
            renderer.WriteLine(isHeader ? "</th>" : "</span></td>");
            column = index + Math.Max(1, cell.ColumnSpan);
        }

        renderer.WriteLine("</tr>");
    }

    /// <summary>A header cell's words in reading order (literals and code), for the heading each body cell repeats.</summary>
    private static string CellText(TableCell cell)
    {
        var text = new StringBuilder();
        foreach (var inline in cell.Descendants().OfType<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content);
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                default:
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
