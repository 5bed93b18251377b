using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>One data line a figure was read or worked out from.</summary>
/// <param name="Org">The organisation of the line (a trust, for an ICB aggregate; <c>*</c> for an every-organisation target).</param>
/// <param name="Location">The data file and line.</param>
public sealed record ProvenanceInput(string Org, string Metric, Period Period, DataValue Value, SourceLocation Location);
