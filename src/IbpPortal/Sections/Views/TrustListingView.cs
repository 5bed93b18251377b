namespace IbpPortal.Sections.Views;

/// <summary>A trust on the organisations page.</summary>
/// <param name="PeerGroup">Its peer group; empty when it has none.</param>
public sealed record TrustListingView(string Name, string Code, string PeerGroup, string Url);
