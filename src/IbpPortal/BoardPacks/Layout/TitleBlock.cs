using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>A cover title with an optional subtitle, in large type: the title tagged as the document's H1 (starting its own section), the subtitle as a paragraph.</summary>
internal sealed class TitleBlock(string title, string? subtitle) : IBlock
{
    private const double TitleSize = 28;
    private const double SubtitleSize = 15;
    private IReadOnlyList<TextLine> _title = [];
    private IReadOnlyList<TextLine> _subtitle = [];

    public double SpaceBefore => 0;

    public double SpaceAfter => 18;

    public int Prepare(LayoutContext context)
    {
        _title = LineBreaker.Break(context, [new InlineRun(title)], TitleSize, context.Theme.ContentWidth, bold: true);
        _subtitle = subtitle is null ? [] : LineBreaker.Break(context, [new InlineRun(subtitle)], SubtitleSize, context.Theme.ContentWidth);
        return 1;
    }

    private static double TitleLine => TitleSize * 1.2;

    private static double SubtitleLine => SubtitleSize * 1.35;

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        double height = _title.Count * TitleLine + (_subtitle.Count > 0 ? 8 + _subtitle.Count * SubtitleLine : 0);
        return Fragment.Whole(height, available, atPageTop, Draw, out next);
    }

    private void Draw(DrawContext context, double top)
    {
        context.BeginSection();
        context.Element(PdfBlockLevelElementTag.Heading1, () =>
        {
            for (int i = 0; i < _title.Count; i++)
            {
                context.Line(_title[i], context.Left, top + i * TitleLine, TitleLine, TitleSize, NhsColours.Blue, bold: true);
            }
        });
        if (_subtitle.Count == 0)
        {
            return;
        }

        double subtitleTop = top + _title.Count * TitleLine + 8;
        context.Element(PdfBlockLevelElementTag.Paragraph, () =>
        {
            for (int i = 0; i < _subtitle.Count; i++)
            {
                context.Line(_subtitle[i], context.Left, subtitleTop + i * SubtitleLine, SubtitleLine, SubtitleSize, NhsColours.DarkGrey);
            }
        });
    }
}
