namespace IbpPortal.Provenance;

/// <summary>A figure's provenance as the pages show it: what it is, its value, the data lines behind it and how it was worked out.</summary>
/// <param name="Anchor">The id of its row on the organisation's sources page.</param>
/// <param name="Series">"Plan", "Target" or "Actual".</param>
/// <param name="Derivation">How it was worked out, as the analysis recorded it.</param>
/// <param name="Plain">How it was worked out, in words a board reads.</param>
/// <param name="Citation">The data lines in one phrase, for when there are too many to list.</param>
/// <param name="Sources">The publisher and date of each data file behind it.</param>
/// <param name="Url">Its row on the organisation's sources page.</param>
public sealed record FigureView(
    string Anchor,
    string Metric,
    string MetricId,
    string Series,
    string Period,
    string Value,
    bool Illustrative,
    string Derivation,
    string Plain,
    string Citation,
    IReadOnlyList<FigureLineView> Lines,
    IReadOnlyList<string> Sources,
    string Url);
