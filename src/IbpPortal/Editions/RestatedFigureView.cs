using IbpPortal.Provenance;

namespace IbpPortal.Editions;

/// <summary>A figure the data now gives differently from the previous edition, as the changes page shows it.</summary>
/// <param name="Figure">The figure as it now stands, with its provenance.</param>
public sealed record RestatedFigureView(string Metric, string MetricUrl, string Month, string Old, string New, FigureView Figure);
