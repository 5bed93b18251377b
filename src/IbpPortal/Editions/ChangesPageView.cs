using IbpPortal.Sections.Planning;
using IbpPortal.Sections.Views;

namespace IbpPortal.Editions;

/// <summary>The model of one organisation's "What changed" page.</summary>
/// <param name="PreviousPeriod">The edition compared with; null when there is none.</param>
/// <param name="Promises">The recovery promises made in earlier editions, with where each stands now.</param>
/// <param name="Repeated">The names of the measures with a repeated exception.</param>
/// <param name="CoherenceUrl">The organisation's coherence page; null when this build has none.</param>
public sealed record ChangesPageView(
    OrganisationLinkView Org,
    string Period,
    string? PreviousPeriod,
    bool HasPrevious,
    string Edition,
    string DataHash,
    string? PreviousDataHash,
    int Count,
    IReadOnlyList<PromiseView> Promises,
    IReadOnlyList<string> Repeated,
    string PlanningUrl,
    IReadOnlyList<NewSignalView> Signals,
    IReadOnlyList<AssuranceMoveView> Assurance,
    IReadOnlyList<RankMoveView> Ranks,
    IReadOnlyList<RestatedFigureView> Restated,
    string IndexUrl,
    string SourcesUrl,
    string? CoherenceUrl);
