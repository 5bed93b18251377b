namespace IbpPortal.Provenance;

/// <summary>A data line a figure was made from.</summary>
internal sealed record FigureInputJson(string File, int Line, string Org, string Metric, string Period, string Value);
