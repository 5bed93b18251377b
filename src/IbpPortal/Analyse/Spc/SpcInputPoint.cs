using IbpPortal.Model;

namespace IbpPortal.Analyse.Spc;

/// <summary>One month of a series handed to the SPC calculation.</summary>
/// <param name="Target">The target in force that month, if any.</param>
public sealed record SpcInputPoint(Period Period, DataValue Value, double? Target = null);
