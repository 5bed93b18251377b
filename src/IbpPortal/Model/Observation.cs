using IbpPortal.Diagnostics;

namespace IbpPortal.Model;

/// <summary>One row of <c>actuals.csv</c>, <c>plans.csv</c> or <c>targets.csv</c>.</summary>
/// <param name="Org">Organisation code; in targets, <c>*</c> means every organisation.</param>
public sealed record Observation(string Org, string Metric, Period Period, DataValue Value, SourceLocation Source);
