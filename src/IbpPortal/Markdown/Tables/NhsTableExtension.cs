using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace IbpPortal.Markdown.Tables;

/// <summary>Pipe tables as NHS.UK's responsive table: the classes and header scopes are set on the syntax tree, and <see cref="ResponsiveTableRenderer"/> writes them.</summary>
/// <remarks>Column alignment becomes NHS.UK's text-align classes rather than inline styles, which the site's CSP forbids.</remarks>
public sealed class NhsTableExtension : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= SetAttributes;
        pipeline.DocumentProcessed += SetAttributes;
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html)
        {
            return;
        }

        if (html.ObjectRenderers.FindExact<HtmlTableRenderer>() is { } original)
        {
            html.ObjectRenderers.Remove(original);
        }

        html.ObjectRenderers.AddIfNotAlready<ResponsiveTableRenderer>();
    }

    /// <summary>Gives every table, row and cell of <paramref name="document"/> its NHS.UK classes.</summary>
    internal static void SetAttributes(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            table.GetAttributes().AddClass("nhsuk-table");
            table.GetAttributes().AddClass("nhsuk-table--responsive");
            foreach (var row in table.OfType<TableRow>())
            {
                row.GetAttributes().AddClass("nhsuk-table__row");
                SetCells(table, row);
            }
        }
    }

    private static void SetCells(Table table, TableRow row)
    {
        var column = 0;
        foreach (var cell in row.OfType<TableCell>())
        {
            var index = ResponsiveTableRenderer.ColumnOf(cell, column);
            var attributes = cell.GetAttributes();
            attributes.AddClass(row.IsHeader ? "nhsuk-table__header" : "nhsuk-table__cell");
            var align = index < table.ColumnDefinitions.Count ? table.ColumnDefinitions[index].Alignment : null;
            if (align == TableColumnAlign.Right)
            {
                attributes.AddClass("nhsuk-u-text-align-right");
            }
            else if (align == TableColumnAlign.Center)
            {
                attributes.AddClass("nhsuk-u-text-align-centre");
            }

            if (row.IsHeader)
            {
                attributes.AddProperty("scope", "col");
            }

            if (cell.ColumnSpan > 1)
            {
                attributes.AddProperty("colspan", cell.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            column = index + Math.Max(1, cell.ColumnSpan);
        }
    }
}
