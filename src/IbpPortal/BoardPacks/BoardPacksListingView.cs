namespace IbpPortal.BoardPacks;

/// <summary>The board-packs listing page: one row per pack of the edition's period.</summary>
/// <param name="Period">The edition's month in words, e.g. "June 2025".</param>
/// <param name="Internal">True in an internal build, whose packs carry Part II material.</param>
internal sealed record BoardPacksListingView(string Period, bool Internal, IReadOnlyList<BoardPackRowView> Packs);
