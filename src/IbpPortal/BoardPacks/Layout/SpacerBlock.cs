namespace IbpPortal.BoardPacks.Layout;

/// <summary>Vertical space; none at the top of a page.</summary>
internal sealed class SpacerBlock(double points) : IBlock
{
    public double SpaceBefore => 0;

    public double SpaceAfter => 0;

    public int Prepare(LayoutContext context) => 1;

    public Fragment? Take(int start, double available, bool atPageTop, out int next)
    {
        next = 1;
        return new Fragment(atPageTop ? 0 : Math.Min(points, Math.Max(0, available)), (_, _) => { });
    }
}
