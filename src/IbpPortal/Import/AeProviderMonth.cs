using IbpPortal.Diagnostics;
using IbpPortal.Model;

namespace IbpPortal.Import;

/// <summary>One provider's row of a monthly A&amp;E file, already summed into our metrics.</summary>
/// <param name="Values">Metric id to value, in the order of <see cref="NhseAeMetrics"/>.</param>
internal sealed record AeProviderMonth(string Org, string Name, Period Period, IReadOnlyList<(string Metric, DataValue Value)> Values, SourceLocation Source);
