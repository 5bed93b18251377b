using IbpPortal.Sections.Views;

namespace IbpPortal.Provenance;

/// <summary>The model of an organisation's sources page: the data files with their hashes and every scorecard figure's provenance.</summary>
/// <param name="ChangesUrl">The organisation's changes page; null when this build has none.</param>
/// <param name="CoherenceUrl">The organisation's coherence page; null when this build has none.</param>
public sealed record SourcesPageView(
    OrganisationLinkView Org,
    string Period,
    string Edition,
    string DataHash,
    IReadOnlyList<DataFileView> Files,
    IReadOnlyList<FigureView> Figures,
    string JsonUrl,
    string? ChangesUrl,
    string? CoherenceUrl);
