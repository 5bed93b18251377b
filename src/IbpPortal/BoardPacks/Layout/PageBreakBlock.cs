namespace IbpPortal.BoardPacks.Layout;

/// <summary>Starts a new page unless the current one is still empty.</summary>
internal sealed class PageBreakBlock : IBlock
{
    public double SpaceBefore => 0;

    public double SpaceAfter => 0;

    public bool StartsNewPage => true;

    public int Prepare(LayoutContext context) => 1;

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        next = 1;
        return new Fragment(0, (_, _) => { });
    }
}
