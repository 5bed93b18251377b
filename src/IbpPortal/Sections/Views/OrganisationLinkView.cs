namespace IbpPortal.Sections.Views;

/// <summary>An organisation with the address of its page.</summary>
public sealed record OrganisationLinkView(string Name, string Code, string Url);
