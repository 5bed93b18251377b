using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// A chart placed from a page of a chart PDF, scaled to the content width (or down to fit the page), tagged
/// as a Figure with alternative text and a bounding box, followed by its caption as a paragraph; optionally with a
/// column of icons and their words on its right (the SPC chart's variation and assurance icons).
/// </summary>
internal sealed class FigureBlock(byte[] pdf, int pageNumber, string altText, string? caption, double widthFraction = 1, IReadOnlyList<FigureIcon>? icons = null) : IBlock
{
    private const double CaptionGap = 5;
    private const double SideWidth = 88;
    private const double SideGap = 10;
    private const double IconSize = 30;
    private const double IconGap = 10;
    private readonly IReadOnlyList<FigureIcon> _icons = icons ?? [];
    private IReadOnlyList<IReadOnlyList<TextLine>> _labels = [];
    private IReadOnlyList<TextLine> _caption = [];
    private XSize _size;
    private double _captionLine;
    private double _captionSize;

    /// <summary>How much the chart is scaled on the page (placed width over the chart's own width): chart text prints at its size times this.</summary>
    public double PrintScale { get; private set; } = 1;

    public double SpaceBefore => 6;

    public double SpaceAfter => 12;

    private double SideHeight => _labels.Sum(l => IconSize + 3 + l.Count * _captionLine) + Math.Max(0, _labels.Count - 1) * IconGap;

    private double Height => Math.Max(_size.Height, SideHeight) + (_caption.Count > 0 ? CaptionGap + _caption.Count * _captionLine : 0);

    private double TotalWidth => _size.Width + (_icons.Count > 0 ? SideGap + SideWidth : 0);

    public int Prepare(LayoutContext context)
    {
        var theme = context.Theme;
        var form = context.Charts.Page(pdf, pageNumber);
        double side = _icons.Count > 0 ? SideGap + SideWidth : 0;
        double width = Math.Min(theme.ContentWidth * Math.Clamp(widthFraction, 0.3, 1), theme.ContentWidth - side);
        double height = width * form.PointHeight / form.PointWidth;
        _captionSize = theme.SmallSize;
        _captionLine = _captionSize * theme.LineFactor;
        _caption = caption is null ? [] : LineBreaker.Break(context, [new InlineRun(caption)], _captionSize, width);
        _labels = [.. _icons.Select(i => LineBreaker.Break(context, [new InlineRun(i.Label)], _captionSize, SideWidth))];
        double maxHeight = theme.ContentHeight - 40 - _caption.Count * _captionLine;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }
        _size = new XSize(width, height);
        PrintScale = width / form.PointWidth;
        return 1;
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        return Fragment.Whole(Height, available, atPageTop, Draw, out next);
    }

    private void Draw(DrawContext context, double top)
    {
        var form = context.Charts.Page(pdf, pageNumber);
        var rect = new XRect(context.Left + (context.Width - TotalWidth) / 2, top, _size.Width, _size.Height);
        context.Structure.BeginElement(PdfIllustrationElementTag.Figure, altText, context.Gfx.Transformer.WorldToDefaultPage(rect));
        context.Gfx.DrawImage(form, rect);
        context.Structure.End();
        DrawIcons(context, rect.Right + SideGap, top);
        if (_caption.Count == 0)
        {
            return;
        }

        double captionTop = rect.Bottom + CaptionGap;
        context.Element(PdfBlockLevelElementTag.Paragraph, () =>
        {
            for (int i = 0; i < _caption.Count; i++)
            {
                context.Line(_caption[i], context.Left, captionTop + i * _captionLine, _captionLine, _captionSize, NhsColours.DarkGrey);
            }
        });
    }

    private void DrawIcons(DrawContext context, double left, double top)
    {
        double y = top;
        for (int i = 0; i < _icons.Count; i++)
        {
            context.Icon(_icons[i].Glyph with { AltText = string.Empty }, new XRect(left, y, IconSize, IconSize));
            y += IconSize + 3;
            var lines = _labels[i];
            double labelTop = y;
            context.Element(PdfBlockLevelElementTag.Paragraph, () =>
            {
                for (int k = 0; k < lines.Count; k++)
                {
                    context.Line(lines[k], left, labelTop + k * _captionLine, _captionLine, _captionSize, NhsColours.DarkGrey);
                }
            });
            y += lines.Count * _captionLine + IconGap;
        }
    }
}
