using IbpPortal.Model;

namespace IbpPortal.Editions;

/// <summary>A month's figure that the previous edition published and this one publishes differently (revised data).</summary>
public sealed record RestatedFigure(string Metric, Period Period, DataValue Old, DataValue New);
