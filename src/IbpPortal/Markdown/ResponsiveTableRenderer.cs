using System.Text;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace IbpPortal.Markdown;

/// <summary>Writes each markdown table as NHS.UK's responsive table, from the syntax tree: on a phone every row becomes a
/// card whose cells carry their column's heading, so nothing scrolls sideways (WCAG 1.4.10).</summary>
/// <remarks>Markup as NHS.UK frontend 10's table component writes it with <c>responsive: true</c>, <c>scope="col"</c> headers
/// and an <c>aria-hidden</c> heading in each cell, but without its ARIA table roles, which the Nu HTML Checker rejects on
/// table elements (a table keeps its semantics when its CSS display changes).
/// Column alignment becomes NHS.UK's text-align classes rather than inline styles, which the site's CSP forbids.</remarks>
internal sealed class ResponsiveTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(r => r.IsHeader);
        var headings = header is null ? [] : header.OfType<TableCell>().Select(CellText).ToList();

        renderer.EnsureLine();
        renderer.WriteLine("<table class=\"nhsuk-table nhsuk-table--responsive\">");
        if (header is not null)
        {
            renderer.WriteLine("<thead class=\"nhsuk-table__head\">");
            WriteRow(renderer, table, header, headings, isHeader: true);
            renderer.WriteLine("</thead>");
        }

        renderer.WriteLine("<tbody class=\"nhsuk-table__body\">");
        foreach (var row in rows.Where(r => !r.IsHeader))
        {
            WriteRow(renderer, table, row, headings, isHeader: false);
        }

        renderer.WriteLine("</tbody>");
        renderer.WriteLine("</table>");
    }

    /// <summary>Replaces Markdig's table renderer in <paramref name="renderer"/> with this one.</summary>
    public static void Install(HtmlRenderer renderer)
    {
        if (renderer.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } original)
        {
            renderer.ObjectRenderers.Remove(original);
        }

        renderer.ObjectRenderers.Insert(0, new ResponsiveTableRenderer());
    }

    private static void WriteRow(HtmlRenderer renderer, Table table, TableRow row, List<string> headings, bool isHeader)
    {
        renderer.WriteLine("<tr class=\"nhsuk-table__row\">");
        var column = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            var index = cell.ColumnIndex >= 0 ? cell.ColumnIndex : column;
            var align = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index].Alignment : null;
            var alignClass = align switch
            {
                TableColumnAlign.Right => " nhsuk-u-text-align-right",
                TableColumnAlign.Center => " nhsuk-u-text-align-centre",
                _ => string.Empty,
            };
            var span = cell.ColumnSpan > 1 ? $" colspan=\"{cell.ColumnSpan}\"" : string.Empty;
            if (isHeader)
            {
                renderer.Write($"<th class=\"nhsuk-table__header{alignClass}\" scope=\"col\"{span}>");
            }
            else
            {
                renderer.Write($"<td class=\"nhsuk-table__cell{alignClass}\"{span}>");
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
