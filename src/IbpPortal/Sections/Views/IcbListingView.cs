namespace IbpPortal.Sections.Views;

/// <summary>An ICB on the organisations page, with its trusts.</summary>
public sealed record IcbListingView(string Name, string Code, string Url, IReadOnlyList<TrustListingView> Trusts);
