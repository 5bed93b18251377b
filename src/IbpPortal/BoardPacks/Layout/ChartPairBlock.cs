using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// Two small charts side by side, each with its measure's heading (an H2 with a bookmark), its description and its
/// icons in a row under it: composition rule 7's "small charts two to a row". Never split between pages.
/// </summary>
/// <remarks>
/// Tagged in reading order: the left measure's H2, P, Figure and icon words, then the right measure's. A pair with one
/// cell draws it in the left column, so a lone last chart keeps the size of the others.
/// </remarks>
internal sealed class ChartPairBlock(IReadOnlyList<ChartCell> cells) : IBlock
{
    /// <summary>The space between the two columns, in points.</summary>
    public const double Gap = 16;

    private const double TitleGap = 4;
    private const double DescriptionGap = 4;
    private const double IconSize = 22;
    private const double IconGap = 8;
    private const double ChartGap = 4;

    private readonly List<Laid> _laid = [];
    private double _width;
    private double _height;
    private double _titleSize;
    private double _bodySize;
    private double _smallSize;
    private double _lineFactor;

    public IReadOnlyList<ChartCell> Cells => cells;

    /// <summary>The smallest scale of its charts on the page (placed width over the chart's own width): chart text prints at its size times this.</summary>
    public double PrintScale { get; private set; } = 1;

    public double SpaceBefore => 12;

    public double SpaceAfter => 14;

    public int Prepare(LayoutContext context)
    {
        var theme = context.Theme;
        _width = (theme.ContentWidth - Gap) / 2;
        _titleSize = theme.HeadingSize(3);
        // 9 points, as in the pack's tables: a half-width column keeps its lines short enough for a smaller size.
        _bodySize = 9;
        _smallSize = theme.SmallSize;
        _lineFactor = theme.LineFactor;
        _laid.Clear();
        foreach (var cell in cells)
        {
            var form = context.Charts.Page(cell.Pdf, cell.Page);
            var title = LineBreaker.Break(context, [new InlineRun(cell.Title)], _titleSize, _width, bold: true);
            var description = LineBreaker.Break(context, cell.Description, _bodySize, _width);
            double labelWidth = (_width / Math.Max(1, cell.Icons.Count)) - IconSize - 4 - IconGap;
            var labels = cell.Icons.Select(i => LineBreaker.Break(context, [new InlineRun(i.Label)], _smallSize, labelWidth)).ToList();
            _laid.Add(new Laid(cell, title, description, labels, _width * form.PointHeight / form.PointWidth));
        }

        _height = _laid.Max(Height);
        PrintScale = cells.Min(c => _width / context.Charts.Page(c.Pdf, c.Page).PointWidth);
        return 1;
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next) =>
        Fragment.Whole(_height, available, atPageTop, Draw, out next);

    private double TitleLine => _titleSize * 1.25;

    private double BodyLine => _bodySize * _lineFactor;

    private double SmallLine => _smallSize * _lineFactor;

    private double IconsHeight(Laid laid) => laid.Labels.Count == 0 ? 0 : Math.Max(IconSize, laid.Labels.Max(l => l.Count) * SmallLine);

    private double Height(Laid laid) => (laid.Title.Count * TitleLine) + TitleGap + (laid.Description.Count * BodyLine) + DescriptionGap
        + laid.ChartHeight + ChartGap + IconsHeight(laid);

    private void Draw(DrawContext context, double top)
    {
        for (int i = 0; i < _laid.Count; i++)
        {
            DrawCell(context, _laid[i], context.Left + (i * (_width + Gap)), top);
        }
    }

    private void DrawCell(DrawContext context, Laid laid, double left, double top)
    {
        double y = top;
        context.Element(PdfBlockLevelElementTag.Heading2, () =>
        {
            for (int k = 0; k < laid.Title.Count; k++)
            {
                context.Line(laid.Title[k], left, y + (k * TitleLine), TitleLine, _titleSize, NhsColours.Text, bold: true);
            }
        });
        context.AddOutline(2, laid.Cell.Title);
        y += (laid.Title.Count * TitleLine) + TitleGap;
        double descriptionTop = y;
        context.Element(PdfBlockLevelElementTag.Paragraph, () =>
        {
            for (int k = 0; k < laid.Description.Count; k++)
            {
                context.Line(laid.Description[k], left, descriptionTop + (k * BodyLine), BodyLine, _bodySize, NhsColours.Text);
            }
        });
        y += (laid.Description.Count * BodyLine) + DescriptionGap;
        var rect = new XRect(left, y, _width, laid.ChartHeight);
        context.Structure.BeginElement(PdfIllustrationElementTag.Figure, laid.Cell.AltText, context.Gfx.Transformer.WorldToDefaultPage(rect));
        context.Gfx.DrawImage(context.Charts.Page(laid.Cell.Pdf, laid.Cell.Page), rect);
        context.Structure.End();
        y += laid.ChartHeight + ChartGap;
        DrawIcons(context, laid, left, y);
    }

    private void DrawIcons(DrawContext context, Laid laid, double left, double top)
    {
        double step = _width / Math.Max(1, laid.Labels.Count);
        for (int i = 0; i < laid.Labels.Count; i++)
        {
            double x = left + (i * step);
            // The icon is an artifact: the words beside it say what it means.
            context.Icon(laid.Cell.Icons[i].Glyph with { AltText = string.Empty }, new XRect(x, top, IconSize, IconSize));
            var lines = laid.Labels[i];
            double labelTop = top + Math.Max(0, (IconSize - (lines.Count * SmallLine)) / 2);
            context.Element(PdfBlockLevelElementTag.Paragraph, () =>
            {
                for (int k = 0; k < lines.Count; k++)
                {
                    context.Line(lines[k], x + IconSize + 4, labelTop + (k * SmallLine), SmallLine, _smallSize, NhsColours.DarkGrey);
                }
            });
        }
    }

    private sealed record Laid(ChartCell Cell, IReadOnlyList<TextLine> Title, IReadOnlyList<TextLine> Description, IReadOnlyList<IReadOnlyList<TextLine>> Labels, double ChartHeight);
}
