using IbpPortal.Analyse.Spc;

namespace IbpPortal.Editions;

/// <summary>The assurance icon of a measure changed between editions (such as hit and miss → consistently fails).</summary>
public sealed record AssuranceMove(string Metric, AssuranceIcon From, AssuranceIcon To);
