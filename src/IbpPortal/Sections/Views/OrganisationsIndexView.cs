namespace IbpPortal.Sections.Views;

/// <summary>The model of <c>/organisations/</c>: each ICB with its trusts, then the trusts without an ICB in the portal.</summary>
/// <param name="Others">Trusts whose ICB is not in the portal.</param>
public sealed record OrganisationsIndexView(string Period, IReadOnlyList<IcbListingView> Icbs, IReadOnlyList<TrustListingView> Others);
