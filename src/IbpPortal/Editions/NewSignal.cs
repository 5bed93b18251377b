using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>A special-cause signal this edition shows that the previous one did not: a run of flagged months with one rule and meaning.</summary>
/// <param name="From">The first flagged month of the run.</param>
/// <param name="To">The last flagged month of the run.</param>
public sealed record NewSignal(string Metric, Period From, Period To, SpecialCause Cause, SpcRule Rule);
