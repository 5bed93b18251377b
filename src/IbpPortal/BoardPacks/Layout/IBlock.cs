namespace IbpPortal.BoardPacks.Layout;

/// <summary>
/// A block of the flow (heading, paragraph, table …) that measures itself into units — lines, rows,
/// items — and hands the paginator page-sized fragments of them.
/// </summary>
internal interface IBlock
{
    /// <summary>Space wanted above the block; collapses with the previous block's space after, and at a page top.</summary>
    double SpaceBefore { get; }

    /// <summary>Space wanted below the block.</summary>
    double SpaceAfter { get; }

    /// <summary>True for headings: the block must share its page with the start of the next block.</summary>
    bool KeepWithNext => false;

    /// <summary>True for a page break.</summary>
    bool StartsNewPage => false;

    /// <summary>Measures the block and returns its number of units (at least one).</summary>
    int Prepare(LayoutContext context);

    /// <summary>
    /// Returns a fragment of the units from <paramref name="start"/> that fit in <paramref name="available"/>
    /// points, or null when none fits; at a page top at least one unit is always returned.
    /// </summary>
    Fragment? Take(int start, double available, bool atPageTop, out int next);
}
