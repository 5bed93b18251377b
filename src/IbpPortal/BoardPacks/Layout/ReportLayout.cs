namespace IbpPortal.BoardPacks.Layout;

/// <summary>The layout engine's own measurements of a saved report: every placement, page by page.</summary>
/// <param name="ContentTop">The top of the content area, in points from the page's top edge.</param>
/// <param name="ContentHeight">The content area's height in points.</param>
internal sealed record ReportLayout(double ContentTop, double ContentHeight, int PageCount, IReadOnlyList<Placement> Placements)
{
    /// <summary>The placements on a page (from 0), top to bottom.</summary>
    public IEnumerable<Placement> On(int page) => Placements.Where(p => p.Page == page);

    /// <summary>How much of the content height a page fills, from 0 to 1: the bottom of its last fragment.</summary>
    public double Fill(int page) => On(page).Select(p => p.Bottom).DefaultIfEmpty(ContentTop).Max() is var bottom
        ? (bottom - ContentTop) / ContentHeight : 0;

    /// <summary>True when the page is the last of its chapter: the report's last page, or the next page opens with a level-1 heading or title.</summary>
    public bool EndsChapter(int page) => page == PageCount - 1
        || On(page + 1).FirstOrDefault()?.Block is HeadingBlock { Level: 1 } or TitleBlock
        || (On(page + 1).FirstOrDefault()?.Block is GroupBlock g && g.Children[0] is HeadingBlock { Level: 1 });
}
