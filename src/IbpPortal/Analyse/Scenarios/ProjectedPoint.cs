using IbpPortal.Model;

namespace IbpPortal.Analyse.Scenarios;

/// <summary>One projected month.</summary>
public readonly record struct ProjectedPoint(Period Period, double Value);
