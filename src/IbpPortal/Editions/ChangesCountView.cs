namespace IbpPortal.Editions;

/// <summary>One organisation's row on <c>/changes/</c>: how many changes of each kind, its coherence findings and its missed promises.</summary>
/// <param name="Url">The organisation's changes page.</param>
/// <param name="Count">All its changes.</param>
/// <param name="Coherence">Its plan coherence findings.</param>
/// <param name="PromisesMissed">Its recovery promises now overdue or dropped.</param>
public sealed record ChangesCountView(
    string Name,
    string Code,
    string Url,
    int Signals,
    int Assurance,
    int Ranks,
    int Restated,
    int Count,
    int Coherence,
    int PromisesMissed,
    string CoherenceUrl);
