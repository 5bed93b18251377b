namespace IbpPortal.BoardPacks.Layout;

/// <summary>A fragment at its vertical position on a page, in points from the page's top edge.</summary>
internal sealed record PlacedFragment(Fragment Fragment, double Top);
