namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// Blocks kept on one page together (an exception report, a heading with its table): moved whole to the next
/// page when they do not fit; only a group taller than a page is split, between its blocks.
/// </summary>
internal sealed class GroupBlock(IReadOnlyList<IBlock> children) : IBlock
{
    public IReadOnlyList<IBlock> Children => children;

    public double SpaceBefore => children[0].SpaceBefore;

    public double SpaceAfter => children[^1].SpaceAfter;

    private double _pageHeight;

    public int Prepare(LayoutContext context)
    {
        _pageHeight = context.Theme.ContentHeight;
        foreach (var child in children)
        {
            if (child.StartsNewPage)
            {
                throw new InvalidOperationException("A page break cannot be kept together with other blocks.");
            }

            child.Prepare(context);
        }
        return children.Count;
    }

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        var parts = new List<(Fragment Fragment, double Top)>();
        double y = 0;
        double spaceAfter = 0;
        int end = start;
        for (; end < children.Count; end++)
        {
            var child = children[end];
            double gap = end == start ? 0 : Math.Max(spaceAfter, child.SpaceBefore);
            var whole = Whole(child);
            if (y + gap + whole.Height > available + 0.01)
            {
                break;
            }

            parts.Add((whole, y + gap));
            y += gap + whole.Height;
            spaceAfter = child.SpaceAfter;
        }
        // A group taller than a page splits anyway, so it starts where it is rather than leaving a page part empty.
        bool tall = start == 0 && Enumerable.Range(0, children.Count).Sum(k => Whole(children[k]).Height + (k == 0 ? 0 : children[k].SpaceBefore)) > _pageHeight;
        if (end < children.Count && start == 0 && !atPageTop && (!tall || end == start))
        {
            next = start;
            return null;
        }
        // A part split from a tall group never ends with a block that must stay with the next (a label, a heading).
        while (end < children.Count && end - 1 > start && children[end - 1].KeepWithNext)
        {
            end--;
            parts.RemoveAt(parts.Count - 1);
            y = parts.Count == 0 ? 0 : parts[^1].Top + parts[^1].Fragment.Height;
        }
        if (end == start)
        {
            // Taller than a page on its own: place it anyway rather than loop.
            var whole = Whole(children[start]);
            parts.Add((whole, 0));
            y = whole.Height;
            end = start + 1;
        }
        next = end;
        return new Fragment(y, (context, top) =>
        {
            foreach (var (fragment, offset) in parts)
            {
                fragment.Draw(context, top + offset);
            }
        });
    }

    /// <summary>The child laid out as if the page had room for all of it: every block returns all its units when nothing limits it.</summary>
    private static Fragment Whole(IBlock child) => child.Take(0, double.MaxValue / 4, atPageTop: true, out _)!;
}
