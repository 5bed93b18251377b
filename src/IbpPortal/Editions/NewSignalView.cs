using IbpPortal.Provenance;

namespace IbpPortal.Editions;

/// <summary>A new SPC signal as the changes page shows it.</summary>
/// <param name="Months">The month, or the first and last months, of the signal.</param>
/// <param name="Meaning">Improvement, concern or neither.</param>
/// <param name="Tone">NHS.UK tag colour for the meaning.</param>
/// <param name="Rule">The SPC rule that fired, in words.</param>
/// <param name="Figure">The latest figure of the signal, with its provenance.</param>
public sealed record NewSignalView(string Metric, string MetricUrl, string Months, string Meaning, string Tone, string Rule, FigureView Figure);
