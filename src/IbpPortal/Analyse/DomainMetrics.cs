using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>The metrics of one domain, in display order, for menus and grouped pages.</summary>
public sealed record DomainMetrics(Domain Domain, IReadOnlyList<Metric> Metrics);
