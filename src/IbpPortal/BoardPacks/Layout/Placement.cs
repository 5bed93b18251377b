namespace IbpPortal.BoardPacks.Layout;

/// <summary>Where the paginator put part of a block: its page, the units it took and the space it filled, for layout rules and their tests.</summary>
/// <param name="Page">The page, from 0.</param>
/// <param name="Start">The first unit (line, row, item) placed.</param>
/// <param name="Next">One past the last unit placed.</param>
/// <param name="Units">The block's units in all.</param>
/// <param name="Top">Points from the page's top edge.</param>
internal sealed record Placement(int Page, IBlock Block, int Start, int Next, int Units, double Top, double Height)
{
    /// <summary>The bottom edge, in points from the page's top edge.</summary>
    public double Bottom => Top + Height;
}
