namespace IbpPortal.Sections.Views;

/// <summary>One measure's section of an organisation's page: its charts, gaps, projections and, for an ICB, its trusts' figures.</summary>
/// <param name="Anchor">The section's id, which the summary links to.</param>
/// <param name="BenchmarkUrl">The measure's page.</param>
/// <param name="Spc">The SPC chart; null when there is a single figure (see <paramref name="SpcNote"/>).</param>
/// <param name="SpcNote">Why there is no SPC chart when there is one figure so far; null otherwise.</param>
/// <param name="Ranking">The ranking chart; null when the organisation is not ranked.</param>
/// <param name="Plan">The plan against actuals; null without a plan.</param>
/// <param name="DemandCapacity">Activity against demand; null when the measure meets no demand.</param>
/// <param name="Projection">The scenario projections chart; null without projections.</param>
/// <param name="ProjectionBasis">What the projections were fitted on; null without a fit.</param>
/// <param name="ProjectionStart">The figure the projections start from; null without a baseline.</param>
/// <param name="System">For an ICB, the ICB and each of its trusts at the latest month; null for a trust.</param>
/// <param name="SystemPeriod">The latest month of the measure, in words.</param>
/// <param name="Aggregation">For an ICB, how its figure is made from its trusts'; null for a trust.</param>
public sealed record MeasureSectionView(
    string Id,
    string Name,
    string Anchor,
    string BenchmarkUrl,
    bool Illustrative,
    ChartView? Spc,
    string? SpcNote,
    ChartView? Ranking,
    ChartView? Plan,
    ChartView? DemandCapacity,
    ChartView? Projection,
    IReadOnlyList<GapView> Gaps,
    IReadOnlyList<ProjectionRowView> Projections,
    string? ProjectionBasis,
    string? ProjectionStart,
    IReadOnlyList<SystemRowView>? System,
    string SystemPeriod,
    string? Aggregation);
