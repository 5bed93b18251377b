using IbpPortal.Analyse.Series;
namespace IbpPortal.Charts;

/// <summary>One scenario's projected months, from the month after the last actual to the horizon.</summary>
public sealed record ScenarioLine(string Name, IReadOnlyList<SeriesPoint> Projection);
