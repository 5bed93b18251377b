using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>One month of a plotted series; an absent value is drawn as a gap, never as zero.</summary>
public readonly record struct SeriesPoint(Period Period, DataValue Value);
