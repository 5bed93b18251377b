namespace IbpPortal.Sections.Views;

/// <summary>One metric's scorecard line as shown on an organisation page.</summary>
/// <param name="Anchor">The id of the metric's section further down the page.</param>
/// <param name="Variance">Actual − plan with its sign, or "no plan".</param>
/// <param name="VarianceDirection">"favourable", "adverse" or empty.</param>
public sealed record ScorecardRowView(
    string MetricName,
    string Anchor,
    string BenchmarkUrl,
    string Period,
    string Latest,
    string Plan,
    string Variance,
    string VarianceDirection,
    string Target,
    SignalView Variation,
    SignalView Assurance,
    string Rank,
    QuartileView? Quartile,
    bool ShortSeries,
    bool Illustrative);
