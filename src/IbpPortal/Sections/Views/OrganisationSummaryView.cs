namespace IbpPortal.Sections.Views;

/// <summary>What an organisation page leads with: the summary matrix, the exceptions and the key-measure tiles.</summary>
/// <param name="Improvements">Measures showing improvement, linked to their sections.</param>
public sealed record OrganisationSummaryView(
    MatrixView Matrix,
    IReadOnlyList<ExceptionView> Exceptions,
    IReadOnlyList<MeasureLinkView> Improvements,
    IReadOnlyList<TileView> Tiles);
