using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>A heading H1–H3: H1 opens a new Sect; H1 and H2 get bookmarks; never left alone at a page's foot.</summary>
internal sealed class HeadingBlock(int level, string text, string? anchor, bool bookmark, bool inContents) : IBlock
{
    private IReadOnlyList<TextLine> _lines = [];
    private double _lineHeight;
    private double _size;

    public int Level { get; } = level;

    public string Text { get; } = text;

    public string? Anchor { get; } = anchor;

    public bool InContents { get; } = inContents;

    public double SpaceBefore { get; private set; }

    public double SpaceAfter => Level == 1 ? 10 : 5;

    public bool KeepWithNext => true;

    private double RuleSpace => Level == 1 ? 6 : 0;

    public int Prepare(LayoutContext context)
    {
        var theme = context.Theme;
        _size = theme.HeadingSize(Level);
        _lineHeight = _size * 1.25;
        SpaceBefore = theme.HeadingSpaceBefore(Level);
        _lines = LineBreaker.Break(context, [new InlineRun(Text)], _size, theme.ContentWidth, bold: true);
        return 1;
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        return Fragment.Whole(_lines.Count * _lineHeight + RuleSpace, available, atPageTop, Draw, out next);
    }

    private void Draw(DrawContext context, double top)
    {
        if (Level == 1)
        {
            context.BeginSection();
        }

        var colour = Level == 1 ? NhsColours.Blue : NhsColours.Text;
        var tag = Level switch
        {
            1 => PdfBlockLevelElementTag.Heading1,
            2 => PdfBlockLevelElementTag.Heading2,
            _ => PdfBlockLevelElementTag.Heading3,
        };
        context.Element(tag, () =>
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                context.Line(_lines[i], context.Left, top + i * _lineHeight, _lineHeight, _size, colour, bold: true);
            }
        });
        if (Level == 1)
        {
            double y = top + _lines.Count * _lineHeight + 2;
            context.Artifact(() => context.Rule(context.Left, y, context.Left + context.Width, NhsColours.Blue, 1.2));
        }
        if (bookmark && Level <= 2)
        {
            context.AddOutline(Level, Text);
        }
    }
}
