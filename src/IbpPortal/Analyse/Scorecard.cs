using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>An organisation's integrated performance scorecard for the reporting period.</summary>
/// <param name="Domains">Domains in their fixed order, each with the metrics the organisation has data for; empty domains are left out.</param>
public sealed record Scorecard(Organisation Organisation, Period ReportingPeriod, IReadOnlyList<ScorecardDomain> Domains)
{
    /// <summary>All rows, domain by domain.</summary>
    public IEnumerable<ScorecardRow> Rows => Domains.SelectMany(d => d.Rows);
}
