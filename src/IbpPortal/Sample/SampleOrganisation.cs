using IbpPortal.Model;

namespace IbpPortal.Sample;

/// <summary>An organisation of the sample portal, with the size that scales its count metrics.</summary>
/// <param name="Scale">1 for a medium trust; larger trusts see more patients and employ more staff.</param>
internal sealed record SampleOrganisation(string Code, string Name, OrgType Type, string? Icb, string Region, string PeerGroup, double Scale);
