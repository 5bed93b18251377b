namespace IbpPortal.Sections.Downloads;

/// <summary><c>/data/organisations/&lt;code&gt;.json</c>: the organisation, its scorecard, every SPC series and its projections.</summary>
internal sealed record OrganisationDownload(
    string Code,
    string Name,
    string Type,
    string? Icb,
    string? Region,
    string PeerGroup,
    string ReportingPeriod,
    IEnumerable<ScorecardRowJson> Scorecard,
    IReadOnlyDictionary<string, IEnumerable<SeriesPointJson>> Series,
    IReadOnlyDictionary<string, ProjectionSetJson> Projections);
