using System.Globalization;
using PdfSharp.UniversalAccessibility;

namespace IbpPortal.BoardPacks.Layout;

/// <summary>A bulleted or numbered list tagged L / LI / Lbl / LBody; items are kept whole on a page.</summary>
internal sealed class ListBlock(IReadOnlyList<IReadOnlyList<InlineRun>> items, bool numbered) : IBlock
{
    private const double ItemGap = 3;
    private readonly List<IReadOnlyList<TextLine>> _items = [];
    private double _lineHeight;
    private double _size;
    private double _indent;

    public double SpaceBefore => 0;

    public double SpaceAfter => 8;

    public int Prepare(LayoutContext context)
    {
        if (items.Count == 0)
        {
            throw new InvalidOperationException("A list needs at least one item.");
        }

        var theme = context.Theme;
        _size = theme.BodySize;
        _lineHeight = _size * theme.LineFactor;
        _indent = numbered ? context.Width(Label(items.Count), theme.Font(_size)) + 8 : 14;
        _items.Clear();
        foreach (var item in items)
        {
            _items.Add(LineBreaker.Break(context, item, _size, theme.ContentWidth - _indent - 6));
        }

        return _items.Count;
    }

    private string Label(int index) => numbered ? index.ToString(CultureInfo.InvariantCulture) + "." : "\u2022";

    private double ItemHeight(int index) => _items[index].Count * _lineHeight + (index < _items.Count - 1 ? ItemGap : 0);

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        double used = 0;
        int end = start;
        while (end < _items.Count && used + ItemHeight(end) - ItemGap <= available + 0.01)
        {
            used += ItemHeight(end++);
        }
        // No item left alone on either side of a page break: the last item never goes over by itself, and a list's
        // first item never stays behind by itself (short lists move whole).
        if (end < _items.Count && end > start && !atPageTop)
        {
            if (_items.Count - end == 1)
            {
                used -= ItemHeight(--end);
            }

            if (end - start == 1 && start == 0)
            {
                used -= ItemHeight(--end);
            }
        }
        if (end == start)
        {
            if (!atPageTop)
            {
                next = start;
                return null;
            }
            used = ItemHeight(end++);
        }
        next = end;
        bool first = start == 0;
        bool last = end == _items.Count;
        int from = start;
        int to = end;
        return new Fragment(used, (context, top) =>
        {
            if (first)
            {
                context.Structure.BeginElement(PdfBlockLevelElementTag.List);
                context.SetAttributes("/List", "/ListNumbering", numbered ? "/Decimal" : "/Disc");
            }
            double y = top;
            for (int i = from; i < to; i++)
            {
                DrawItem(context, i, y);
                y += ItemHeight(i);
            }
            if (last)
            {
                context.Structure.End();
            }
        });
    }

    private void DrawItem(DrawContext context, int index, double top)
    {
        var lines = _items[index];
        context.Element(PdfBlockLevelElementTag.ListItem, () =>
        {
            context.Element(PdfBlockLevelElementTag.Label, () =>
            {
                var font = context.Theme.Font(_size, bold: !numbered);
                context.Text(Label(index + 1), font, numbered ? NhsColours.Text : NhsColours.Blue, context.Left + 2, top, _lineHeight);
            });
            context.Element(PdfBlockLevelElementTag.ListBody, () =>
            {
                for (int i = 0; i < lines.Count; i++)
                {
                    context.Line(lines[i], context.Left + _indent, top + i * _lineHeight, _lineHeight, _size, NhsColours.Text);
                }
            });
        });
    }
}
