using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>One month of a series: the period and its value, which may be absent.</summary>
public readonly record struct SeriesPoint(Period Period, DataValue Value);
