using IbpPortal.Diagnostics;

namespace IbpPortal.Model;

/// <summary>A row of <c>rebase.csv</c>: an SPC chart starts a new segment at this period.</summary>
/// <param name="Org">Organisation code, or <c>*</c> for every organisation.</param>
public sealed record Rebase(string Org, string Metric, Period Period, string Reason, SourceLocation Source);
