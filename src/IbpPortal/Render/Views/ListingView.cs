namespace IbpPortal.Render.Views;

/// <summary>A listing page's model: its cards, with the sector and tag filters above them (empty when the listing has none).</summary>
public sealed record ListingView(IReadOnlyList<CardView> Items, IReadOnlyList<TagView> Sectors, IReadOnlyList<TagView> Filters);
