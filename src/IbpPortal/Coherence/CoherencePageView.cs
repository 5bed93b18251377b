using IbpPortal.Sections.Views;

namespace IbpPortal.Coherence;

/// <summary>The model of an organisation's coherence page: the rules the portal applies and what they found for it.</summary>
/// <param name="SourcesUrl">The organisation's sources page; null when this build has none.</param>
/// <param name="ChangesUrl">The organisation's changes page; null when this build has none.</param>
public sealed record CoherencePageView(
    OrganisationLinkView Org,
    string Period,
    string Edition,
    bool HasRules,
    IReadOnlyList<CoherenceRuleView> Rules,
    IReadOnlyList<CoherenceFindingView> Findings,
    string? SourcesUrl,
    string? ChangesUrl);
