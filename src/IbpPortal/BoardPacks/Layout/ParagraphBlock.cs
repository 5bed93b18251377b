using PdfSharp.Drawing;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>A paragraph of wrapped runs, split between pages by lines with no single orphan or widow line.</summary>
internal sealed class ParagraphBlock(IReadOnlyList<InlineRun> runs, bool small = false, bool keepWithNext = false) : IBlock
{
    public bool KeepWithNext => keepWithNext;

    private IReadOnlyList<TextLine> _lines = [];
    private double _lineHeight;
    private double _size;

    public double SpaceBefore => small ? 3 : 0;

    public double SpaceAfter => small ? 10 : 8;

    private XColor Colour => small ? NhsColours.DarkGrey : NhsColours.Text;

    public int Prepare(LayoutContext context)
    {
        var theme = context.Theme;
        _size = small ? theme.SmallSize : theme.BodySize;
        _lineHeight = _size * theme.LineFactor;
        _lines = LineBreaker.Break(context, runs, _size, theme.ContentWidth);
        return _lines.Count;
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        int left = _lines.Count - start;
        if (keepWithNext && start == 0 && !atPageTop && left * _lineHeight > available + 0.01)
        {
            // A paragraph kept with the next block moves whole, so it never ends a page alone.
            next = 0;
            return null;
        }
        int fit = Math.Min(left, (int)Math.Floor((available + 0.01) / _lineHeight));
        if (fit < left && left >= 4)
        {
            // Keep at least two lines together on each side of a page break.
            if (left - fit < 2)
            {
                fit = left - 2;
            }

            if (fit < 2)
            {
                fit = 0;
            }
        }
        if (fit <= 0)
        {
            if (!atPageTop)
            {
                next = start;
                return null;
            }
            fit = Math.Max(1, Math.Min(left, (int)Math.Floor(available / _lineHeight)));
        }
        next = start + fit;
        bool first = start == 0;
        bool last = next == _lines.Count;
        int from = start;
        int count = fit;
        return new Fragment(count * _lineHeight, (context, top) =>
        {
            // The P element stays open across the page break, so a split paragraph is still one P.
            if (first)
            {
                context.Structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
            }

            for (int i = 0; i < count; i++)
            {
                context.Line(_lines[from + i], context.Left, top + i * _lineHeight, _lineHeight, _size, Colour);
            }

            if (last)
            {
                context.Structure.End();
            }
        });
    }
}
