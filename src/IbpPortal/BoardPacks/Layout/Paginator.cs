namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// Flows blocks onto pages: collapses spacing, keeps headings with what follows, and asks each block
/// for fragments that fit. Records the page each block starts on (for the contents and links).
/// </summary>
internal sealed class Paginator(LayoutContext context)
{
    private readonly List<List<PlacedFragment>> _pages = [[]];
    private readonly List<Placement> _placements = [];

    /// <summary>Every fragment placed, in order, with its block and units.</summary>
    public IReadOnlyList<Placement> Placements => _placements;
    private double _y;
    private bool _pageEmpty = true;

    private Theme Theme => context.Theme;

    private double Bottom => Theme.MarginTop + Theme.ContentHeight;

    public IReadOnlyList<IReadOnlyList<PlacedFragment>> Paginate(IReadOnlyList<IBlock> blocks)
    {
        var units = blocks.Select(block => block.Prepare(context)).ToArray();
        _y = Theme.MarginTop;
        double spaceAfter = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.StartsNewPage)
            {
                if (!_pageEmpty)
                {
                    NewPage();
                }

                continue;
            }
            if (block.KeepWithNext && !_pageEmpty && !FitsWithFollowing(blocks, i, spaceAfter))
            {
                NewPage();
            }

            int start = 0;
            while (start < units[i])
            {
                double gap = _pageEmpty ? 0 : Math.Max(spaceAfter, block.SpaceBefore);
                var fragment = block.Take(start, Bottom - _y - gap, _pageEmpty, out int next);
                if (fragment is null)
                {
                    NewPage();
                    continue;
                }
                if (start == 0)
                {
                    context.SetFirstPage(block, _pages.Count);
                }

                if (block is GroupBlock group)
                {
                    for (int k = start; k < next; k++)
                    {
                        context.SetFirstPage(group.Children[k], _pages.Count);
                    }
                }
                _pages[^1].Add(new PlacedFragment(fragment, _y + gap));
                _placements.Add(new Placement(_pages.Count - 1, block, start, next, units[i], _y + gap, fragment.Height));
                _y += gap + fragment.Height;
                _pageEmpty = false;
                start = next;
                if (start < units[i])
                {
                    NewPage();
                }
            }
            spaceAfter = block.SpaceAfter;
        }
        return _pages;
    }

    /// <summary>True when the run of headings from <paramref name="index"/> and the first part of the block after them fit on this page.</summary>
    private bool FitsWithFollowing(IReadOnlyList<IBlock> blocks, int index, double spaceAfter)
    {
        double y = _y;
        int i = index;
        for (; i < blocks.Count && blocks[i].KeepWithNext; i++)
        {
            double gap = Math.Max(spaceAfter, blocks[i].SpaceBefore);
            var heading = blocks[i].Take(0, Bottom - y - gap, false, out _);
            if (heading is null)
            {
                return false;
            }

            y += gap + heading.Height;
            spaceAfter = blocks[i].SpaceAfter;
        }
        if (i == blocks.Count || blocks[i].StartsNewPage)
        {
            return true;
        }

        double nextGap = Math.Max(spaceAfter, blocks[i].SpaceBefore);
        return blocks[i].Take(0, Bottom - y - nextGap, false, out _) is not null;
    }

    private void NewPage()
    {
        _pages.Add([]);
        _y = Theme.MarginTop;
        _pageEmpty = true;
    }
}
