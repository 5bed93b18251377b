namespace IbpPortal.Editions;

/// <summary>The model of <c>/changes/</c>: the two editions compared and every organisation's counts.</summary>
/// <param name="PreviousPeriod">The edition compared with; null when there is none.</param>
/// <param name="SameData">Whether both editions were built from the same data files.</param>
/// <param name="JsonUrl">This edition's record.</param>
/// <param name="WithFindings">The organisations with at least one plan coherence finding, for the first edition's page.</param>
public sealed record ChangesIndexView(
    string Period,
    string? PreviousPeriod,
    bool HasPrevious,
    string Edition,
    string DataHash,
    string? PreviousDataHash,
    bool SameData,
    string JsonUrl,
    IReadOnlyList<ChangesCountView> Organisations,
    IReadOnlyList<ChangesCountView> WithFindings);
