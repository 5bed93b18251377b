using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What a demand-versus-capacity chart shows: two monthly series in the same unit and the gap between them.</summary>
public sealed record DemandCapacityChartData(string Title, Metric Demand, Metric Capacity, string OrgName, IReadOnlyList<SeriesPoint> DemandSeries, IReadOnlyList<SeriesPoint> CapacitySeries);
