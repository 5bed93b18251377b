namespace IbpPortal.Sections.Views;

/// <summary>The model of an organisation's page: who it is, the summary, the scorecard by domain with each measure's
/// section, and the links to its pack, downloads and sub-pages.</summary>
/// <param name="Type">"Integrated care board" or "NHS trust".</param>
/// <param name="Icb">The ICB a trust belongs to; null for an ICB or a trust without one.</param>
/// <param name="Trusts">An ICB's trusts; empty for a trust.</param>
/// <param name="Peers">The other organisations of its type in its peer group.</param>
/// <param name="BoardPackUrl">This edition's board pack; null when this build has none for it.</param>
/// <param name="AnyIllustrative">Whether any scorecard measure is illustrative.</param>
/// <param name="MethodologyUrl">The methodology page; null when this build has none.</param>
/// <param name="ChangesUrl">The organisation's changes page; null when this build has none.</param>
/// <param name="SourcesUrl">The organisation's sources page; null when this build has none.</param>
/// <param name="CoherenceUrl">The organisation's coherence page; null when this build has none.</param>
public sealed record OrganisationPageView(
    string Code,
    string Name,
    string Type,
    bool IsIcb,
    string Region,
    string PeerGroup,
    OrganisationLinkView? Icb,
    IReadOnlyList<OrganisationLinkView> Trusts,
    IReadOnlyList<OrganisationLinkView> Peers,
    string Period,
    string? BoardPackUrl,
    string JsonUrl,
    OrganisationSummaryView Summary,
    bool AnyIllustrative,
    IReadOnlyList<OrganisationDomainView> Domains,
    string? MethodologyUrl,
    string? ChangesUrl,
    string? SourcesUrl,
    string? CoherenceUrl);
