using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// A chart placed from a page of a chart PDF, scaled to the content width (or down to fit the page), tagged
/// as a Figure with alternative text and a bounding box, followed by its caption as a paragraph.
/// </summary>
internal sealed class FigureBlock(byte[] pdf, int pageNumber, string altText, string? caption, double widthFraction = 1) : IBlock
{
    const double CaptionGap = 5;
    IReadOnlyList<TextLine> _caption = [];
    XSize _size;
    double _captionLine;
    double _captionSize;

    public double SpaceBefore => 6;

    public double SpaceAfter => 12;

    double Height => _size.Height + (_caption.Count > 0 ? CaptionGap + _caption.Count * _captionLine : 0);

    public int Prepare(LayoutContext context)
    {
        var theme = context.Theme;
        var form = context.Charts.Page(pdf, pageNumber);
        double width = theme.ContentWidth * Math.Clamp(widthFraction, 0.3, 1);
        double height = width * form.PointHeight / form.PointWidth;
        _captionSize = theme.SmallSize;
        _captionLine = _captionSize * theme.LineFactor;
        _caption = caption is null ? [] : LineBreaker.Break(context, [new InlineRun(caption)], _captionSize, width);
        double maxHeight = theme.ContentHeight - 40 - _caption.Count * _captionLine;
        if (height > maxHeight)
        {
            width *= maxHeight / height;
            height = maxHeight;
        }
        _size = new XSize(width, height);
        return 1;
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        return Fragment.Whole(Height, available, atPageTop, Draw, out next);
    }

    void Draw(DrawContext context, double top)
    {
        var form = context.Charts.Page(pdf, pageNumber);
        var rect = new XRect(context.Left + (context.Width - _size.Width) / 2, top, _size.Width, _size.Height);
        context.Structure.BeginElement(PdfIllustrationElementTag.Figure, altText, context.Gfx.Transformer.WorldToDefaultPage(rect));
        context.Gfx.DrawImage(form, rect);
        context.Structure.End();
        if (_caption.Count == 0)
            return;
        double captionTop = rect.Bottom + CaptionGap;
        context.Element(PdfBlockLevelElementTag.Paragraph, () =>
        {
            for (int i = 0; i < _caption.Count; i++)
                context.Line(_caption[i], context.Left, captionTop + i * _captionLine, _captionLine, _captionSize, NhsColours.DarkGrey);
        });
    }
}
