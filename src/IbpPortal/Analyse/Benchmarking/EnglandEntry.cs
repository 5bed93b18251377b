using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>One provider's figure in an England-wide comparison: a portal organisation or a context one.</summary>
public sealed record EnglandEntry(string Code, string Name, bool InPortal, DataValue Value);
