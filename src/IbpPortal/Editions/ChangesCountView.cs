namespace IbpPortal.Editions;

/// <summary>One organisation's row on <c>/changes/</c>: how many changes of each kind, and its coherence findings.</summary>
/// <param name="Url">The organisation's changes page.</param>
/// <param name="Count">All its changes.</param>
/// <param name="Coherence">Its plan coherence findings.</param>
public sealed record ChangesCountView(string Name, string Code, string Url, int Signals, int Assurance, int Ranks, int Restated, int Count, int Coherence, string CoherenceUrl);
