namespace IbpPortal.Render.Views;

/// <summary>A page shown as an NHS.UK card in a listing.</summary>
/// <param name="TagSlugs">The page's tag slugs separated by spaces, for filtering in the browser.</param>
public sealed record CardView(string Title, string Url, string? Description, DateOnly? Date, string TagSlugs);
