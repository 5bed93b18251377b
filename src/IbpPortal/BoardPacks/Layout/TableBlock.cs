using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// A table tagged Table / TR / TH / TD whose rows never split; on each page it continues on, the header
/// row is drawn again as an artifact so that readers meet each TH once.
/// </summary>
internal sealed class TableBlock(TableBuilder spec) : IBlock
{
    private const double PadY = 3.5;
    private const double IconGap = 3;

    /// <summary>The fewest rows a table's part on one page may have when the table splits.</summary>
    public const int MinimumRows = 3;
    private readonly List<MeasuredRow> _rows = [];
    private MeasuredRow? _header;
    private double[] _widths = [];
    private double _size;
    private double _lineHeight;

    public double SpaceBefore => 4;

    public double SpaceAfter => 12;

    private double HeaderHeight => _header?.Height ?? 0;

    private double IconSize => _size * 1.35;

    public int Prepare(LayoutContext context)
    {
        var columns = spec.ColumnList;
        if (columns.Count == 0)
        {
            throw new InvalidOperationException("A table needs columns: call Columns(…) or Column(…) first.");
        }

        if (spec.RowList.Count == 0)
        {
            throw new InvalidOperationException("A table needs at least one row.");
        }

        if (spec.HeaderCells.Count is not 0 && spec.HeaderCells.Count != columns.Count)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The table header has {spec.HeaderCells.Count} cells but the table has {columns.Count} columns."));
        }

        var theme = context.Theme;
        _size = spec.FontSize;
        _lineHeight = _size * 1.3;
        _widths = ColumnWidths(columns, theme.ContentWidth);
        _header = spec.HeaderCells.Count == 0 ? null
            : Measure(context, spec.HeaderCells.Select(text => new TableCell(text) { Bold = true }).ToList());
        _rows.Clear();
        for (int i = 0; i < spec.RowList.Count; i++)
        {
            var cells = spec.RowList[i];
            if (cells.Count != columns.Count)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Table row {i + 1} has {cells.Count} cells but the table has {columns.Count} columns."));
            }

            _rows.AddRange(SplitTall(Measure(context, cells) with { Source = i }, MaxRowHeight(theme)));
        }
        return _rows.Count;
    }

    // The tallest a row may be to fit a page below the repeated header; a taller row would run off the page.
    private double MaxRowHeight(Theme theme) => (theme.ContentHeight - HeaderHeight) * 0.9;

    /// <summary>
    /// Cuts a row taller than a page into parts that each fit one, line by line (a long list of measures in one
    /// cell, say), so that nothing is drawn below the page's edge; icons stay with the first part.
    /// </summary>
    private IEnumerable<MeasuredRow> SplitTall(MeasuredRow row, double maxHeight)
    {
        if (row.Height <= maxHeight)
        {
            yield return row;
            yield break;
        }
        int linesPerPart = Math.Max(1, (int)((maxHeight - 2 * PadY) / _lineHeight));
        int partCount = (row.Lines.Max(lines => lines.Count) + linesPerPart - 1) / linesPerPart;
        for (int part = 0; part < partCount; part++)
        {
            int skip = part * linesPerPart;
            var lines = row.Lines.Select(cell => (IReadOnlyList<TextLine>)cell.Skip(skip).Take(linesPerPart).ToList()).ToList();
            var cells = part == 0 ? row.Cells : row.Cells.Select(cell => cell with { Icon = null }).ToList();
            double height = lines.Max(cell => cell.Count) * _lineHeight;
            if (part == 0)
            {
                height = Enumerable.Range(0, cells.Count).Max(c => CellHeight(cells[c], c, lines[c].Count));
            }
            yield return new MeasuredRow(cells, lines, height + 2 * PadY, row.Source);
        }
    }

    private static double[] ColumnWidths(IReadOnlyList<TableColumn> columns, double total)
    {
        double fixedWidth = columns.Sum(c => c.Fixed);
        double shares = columns.Sum(c => c.Share);
        double left = Math.Max(0, total - fixedWidth);
        return columns.Select(c => c.Fixed > 0 ? c.Fixed : left * c.Share / shares).ToArray();
    }

    private MeasuredRow Measure(LayoutContext context, IReadOnlyList<TableCell> cells)
    {
        var lines = new List<IReadOnlyList<TextLine>>(cells.Count);
        double height = 0;
        for (int c = 0; c < cells.Count; c++)
        {
            var cell = cells[c];
            double icon = cell.Icon is null || IconAbove(c) ? 0 : IconSize + IconGap;
            double textWidth = Math.Max(8, _widths[c] - 2 * spec.Padding - icon);
            var runs = cell.Runs ?? [new InlineRun(cell.Text)];
            var cellLines = cell.Text.Length == 0 && cell.Runs is null ? [] : LineBreaker.Break(context, runs, _size, textWidth, cell.Bold);
            lines.Add(cellLines);
            height = Math.Max(height, CellHeight(cell, c, cellLines.Count));
        }
        return new MeasuredRow(cells, lines, height + 2 * PadY, Source: 0);
    }

    private bool IconAbove(int column) => spec.ColumnList[column].IconAbove;

    /// <summary>The height of a cell's content: its lines, beside its icon or below it.</summary>
    private double CellHeight(TableCell cell, int column, int lineCount)
    {
        double text = lineCount * _lineHeight;
        if (cell.Icon is null)
        {
            return text;
        }

        return IconAbove(column) ? IconSize + IconGap + text : Math.Max(text, IconSize);
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        double used = HeaderHeight;
        int end = start;
        while (end < _rows.Count && used + _rows[end].Height <= available + 0.01)
        {
            used += _rows[end++].Height;
        }

        if (end == start)
        {
            if (!atPageTop)
            {
                next = start;
                return null;
            }
            used += _rows[end++].Height;
        }
        if (end < _rows.Count)
        {
            // No fragment of fewer than MinimumRows rows on either side of a page break.
            if (_rows.Count - end < MinimumRows)
            {
                end = Math.Max(start + 1, _rows.Count - MinimumRows);
            }

            if (end - start < MinimumRows && !atPageTop)
            {
                next = start;
                return null;
            }
            used = HeaderHeight + _rows.Skip(start).Take(end - start).Sum(r => r.Height);
        }
        next = end;
        bool first = start == 0;
        bool last = end == _rows.Count;
        int from = start;
        int to = end;
        return new Fragment(used, (context, top) => Draw(context, top, from, to, first, last));
    }

    private void Draw(DrawContext context, double top, int from, int to, bool first, bool last)
    {
        if (first)
        {
            context.Structure.BeginElement(PdfBlockLevelElementTag.Table);
        }

        double y = top;
        if (_header is not null)
        {
            DrawHeader(context, y, tagged: first);
            y += _header.Height;
        }
        for (int r = from; r < to; r++)
        {
            DrawRow(context, _rows[r], y);
            y += _rows[r].Height;
        }
        double bottom = y;
        context.Artifact(() => context.Rule(context.Left, bottom, context.Left + context.Width, NhsColours.MidGrey, 0.8));
        if (last)
        {
            context.Structure.End();
        }
    }

    private void DrawHeader(DrawContext context, double top, bool tagged)
    {
        var header = _header!;
        context.Artifact(() => context.Fill(new XRect(context.Left, top, context.Width, header.Height), NhsColours.Blue));
        if (!tagged)
        {
            // Repeated header on a continuation page: a visual aid only, so screen readers meet each TH once.
            context.Artifact(() => DrawCells(context, header, top, NhsColours.White, cellTag: null));
            return;
        }
        context.Element(PdfBlockLevelElementTag.TableRow,
            () => DrawCells(context, header, top, NhsColours.White, PdfBlockLevelElementTag.TableHeaderCell));
    }

    private void DrawRow(DrawContext context, MeasuredRow row, double top)
    {
        context.Artifact(() =>
        {
            if (row.Source % 2 == 1)
            {
                context.Fill(new XRect(context.Left, top, context.Width, row.Height), NhsColours.PaleGrey);
            }

            double x = context.Left;
            for (int c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c].Fill is { } fill)
                {
                    context.Fill(new XRect(x, top, _widths[c], row.Height), fill);
                }

                x += _widths[c];
            }
        });
        context.Element(PdfBlockLevelElementTag.TableRow,
            () => DrawCells(context, row, top, NhsColours.Text, PdfBlockLevelElementTag.TableDataCell));
    }

    private void DrawCells(DrawContext context, MeasuredRow row, double top, XColor colour, PdfBlockLevelElementTag? cellTag)
    {
        double x = context.Left;
        for (int c = 0; c < row.Cells.Count; c++)
        {
            double cellX = x;
            int column = c;
            void DrawCell() => DrawCellContent(context, row, column, cellX, top, colour);
            if (cellTag is { } tag)
            {
                bool rowHead = c == 0 && spec.FirstColumnHeads && tag == PdfBlockLevelElementTag.TableDataCell;
                context.Structure.BeginElement(rowHead ? PdfBlockLevelElementTag.TableHeaderCell : tag);
                if (tag == PdfBlockLevelElementTag.TableHeaderCell)
                {
                    context.SetAttributes("/Table", "/Scope", "/Column");
                }
                else if (rowHead)
                {
                    context.SetAttributes("/Table", "/Scope", "/Row");
                }

                DrawCell();
                context.Structure.End();
            }
            else
            {
                DrawCell();
            }
            x += _widths[c];
        }
    }

    private void DrawCellContent(DrawContext context, MeasuredRow row, int column, double cellX, double top, XColor colour)
    {
        var cell = row.Cells[column];
        var lines = row.Lines[column];
        var align = spec.ColumnList[column].Align;
        double innerLeft = cellX + spec.Padding;
        double innerRight = cellX + _widths[column] - spec.Padding;
        if (cell.Icon is { } icon)
        {
            var box = new XRect(innerLeft, top + PadY, IconSize, IconSize);
            if (align == CellAlign.Right)
            {
                box.X = innerRight - IconSize;
            }

            context.Icon(icon, box);
            if (IconAbove(column))
            {
                top += IconSize + IconGap;
            }
            else if (align == CellAlign.Right)
            {
                innerRight -= IconSize + IconGap;
            }
            else
            {
                innerLeft += IconSize + IconGap;
            }
        }
        var textColour = cell.Colour ?? colour;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            double lineX = align switch
            {
                CellAlign.Right => innerRight - line.Width,
                CellAlign.Centre => innerLeft + (innerRight - innerLeft - line.Width) / 2,
                _ => innerLeft,
            };
            context.Line(line, lineX, top + PadY + i * _lineHeight, _lineHeight, _size, textColour, cell.Bold);
        }
    }
}
