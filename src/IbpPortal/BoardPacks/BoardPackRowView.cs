namespace IbpPortal.BoardPacks;

/// <summary>One pack in the board-packs listing.</summary>
/// <param name="Type">"ICB (system pack)" or "Trust".</param>
/// <param name="OrganisationUrl">The organisation's page, or null when this build has none.</param>
/// <param name="Size">The PDF's size in words ("1.2 MB", "850 KB"), empty when unknown.</param>
/// <param name="Pages">The PDF's page count, 0 when unknown.</param>
internal sealed record BoardPackRowView(string Code, string Name, string Type, string Url, string? OrganisationUrl, string Size, int Pages);
