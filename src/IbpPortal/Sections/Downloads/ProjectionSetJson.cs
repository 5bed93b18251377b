namespace IbpPortal.Sections.Downloads;

/// <summary>A measure's projections: how the baseline was fitted, its annual trend, and one series per scenario.</summary>
internal sealed record ProjectionSetJson(string Method, double? AnnualTrend, IEnumerable<ProjectionSeriesJson> Series);
