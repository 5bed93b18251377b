namespace IbpPortal.Sections.Views;

/// <summary>An ICB or one of its trusts in the ICB page's table of a measure across the system.</summary>
/// <param name="IsSystem">True for the ICB's own row.</param>
/// <param name="Rank">The trust's placing; "—" for the ICB.</param>
public sealed record SystemRowView(string Name, string Url, bool IsSystem, string Value, SignalView Variation, string Rank);
