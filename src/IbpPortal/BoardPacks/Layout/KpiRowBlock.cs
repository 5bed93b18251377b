using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// A row of two to four key-figure tiles of equal width; each tile is a Div of paragraphs (label, value,
/// note) on a pale grey box with a status-coloured bar, the box and bar being artifacts.
/// </summary>
internal sealed class KpiRowBlock(IReadOnlyList<KpiTile> tiles) : IBlock
{
    private const double Gap = 8;
    private const double Pad = 8;
    private const double Bar = 4;
    private const double ValueSize = 20;
    private const double IconSize = 18;
    private readonly List<(IReadOnlyList<TextLine> Label, IReadOnlyList<TextLine> Value, IReadOnlyList<TextLine> Note)> _tiles = [];
    private double _small;
    private double _smallLine;
    private double _height;

    public double SpaceBefore => 4;

    public double SpaceAfter => 12;

    private static double ValueLine => ValueSize * 1.2;

    public int Prepare(LayoutContext context)
    {
        if (tiles.Count is < 1 or > 4)
        {
            throw new InvalidOperationException($"A KPI row holds one to four tiles, not {tiles.Count}.");
        }

        var theme = context.Theme;
        _small = theme.SmallSize;
        _smallLine = _small * 1.35;
        double inner = TileWidth(theme.ContentWidth) - Bar - 2 * Pad;
        _tiles.Clear();
        _height = 0;
        foreach (var tile in tiles)
        {
            double labelWidth = inner - (tile.Icon is null ? 0 : IconSize + 4);
            var label = LineBreaker.Break(context, [new InlineRun(tile.Label)], _small, labelWidth, bold: true);
            var value = LineBreaker.Break(context, [new InlineRun(tile.Value)], ValueSize, inner, bold: true);
            var note = tile.Note is null ? [] : LineBreaker.Break(context, [new InlineRun(tile.Note)], _small, inner);
            _tiles.Add((label, value, note));
            double height = 2 * Pad + Math.Max(label.Count * _smallLine, tile.Icon is null ? 0 : IconSize) + 3
                + value.Count * ValueLine + (note.Count > 0 ? 2 + note.Count * _smallLine : 0);
            _height = Math.Max(_height, height);
        }
        return 1;
    }

    private double TileWidth(double total) => (total - Gap * (tiles.Count - 1)) / tiles.Count;

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        return Fragment.Whole(_height, available, atPageTop, Draw, out next);
    }

    private void Draw(DrawContext context, double top)
    {
        double width = TileWidth(context.Width);
        for (int i = 0; i < tiles.Count; i++)
        {
            var tile = tiles[i];
            var (label, value, note) = _tiles[i];
            double x = context.Left + i * (width + Gap);
            context.Artifact(() =>
            {
                context.Fill(new XRect(x, top, width, _height), NhsColours.PaleGrey);
                context.Fill(new XRect(x, top, Bar, _height), tile.Status ?? NhsColours.Blue);
            });
            double textX = x + Bar + Pad;
            double y = top + Pad;
            context.Structure.BeginElement(PdfGroupingElementTag.Division);
            Paragraph(context, label, textX, y, _smallLine, _small, NhsColours.DarkGrey, bold: true);
            if (tile.Icon is { } icon)
            {
                context.Icon(icon, new XRect(x + width - Pad - IconSize, y, IconSize, IconSize));
            }

            y += Math.Max(label.Count * _smallLine, tile.Icon is null ? 0 : IconSize) + 3;
            Paragraph(context, value, textX, y, ValueLine, ValueSize, NhsColours.Text, bold: true);
            y += value.Count * ValueLine + 2;
            if (note.Count > 0)
            {
                Paragraph(context, note, textX, y, _smallLine, _small, NhsColours.DarkGrey, bold: false);
            }

            context.Structure.End();
        }
    }

    private static void Paragraph(DrawContext context, IReadOnlyList<TextLine> lines, double x, double top, double lineHeight, double size, XColor colour, bool bold) =>
        context.Element(PdfBlockLevelElementTag.Paragraph, () =>
        {
            for (int i = 0; i < lines.Count; i++)
            {
                context.Line(lines[i], x, top + i * lineHeight, lineHeight, size, colour, bold);
            }
        });
}
