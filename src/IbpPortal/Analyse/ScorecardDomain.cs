using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>The scorecard rows of one domain, in metric order.</summary>
public sealed record ScorecardDomain(Domain Domain, IReadOnlyList<ScorecardRow> Rows);
