using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>One figure read from a published file: a provider's value of a measure for a month (or a quarter's last month).</summary>
internal sealed record ImportRecord(string Org, string Metric, Period Period, DataValue Value, SourceLocation Source);
