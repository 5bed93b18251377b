using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>What a plan-versus-actual chart shows: the actual series, the submitted plan and the target.</summary>
/// <param name="Target">A constant target, or null for none.</param>
public sealed record TrajectoryChartData(string Title, Metric Metric, string OrgName, IReadOnlyList<SeriesPoint> Actual, IReadOnlyList<SeriesPoint> Plan, double? Target);
