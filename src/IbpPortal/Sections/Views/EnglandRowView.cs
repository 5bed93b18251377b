namespace IbpPortal.Sections.Views;

/// <summary>One of the portal's trusts in the England-wide comparison.</summary>
/// <param name="Url">Its page; null when this build has none.</param>
/// <param name="Place">Its rank among the scope in words, or the scope alone when the rank is withheld.</param>
public sealed record EnglandRowView(string Code, string Name, string? Url, string Value, string Place);
