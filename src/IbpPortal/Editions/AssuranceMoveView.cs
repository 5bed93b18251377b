using IbpPortal.Sections.Views;

namespace IbpPortal.Editions;

/// <summary>A change of SPC assurance as the changes page shows it.</summary>
public sealed record AssuranceMoveView(string Metric, string MetricUrl, SignalView From, SignalView To);
