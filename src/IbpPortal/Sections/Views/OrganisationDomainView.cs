namespace IbpPortal.Sections.Views;

/// <summary>One domain of an organisation's page: its scorecard and then a section for each of its measures.</summary>
/// <param name="Id">The id of the domain's heading.</param>
/// <param name="Count">How many measures, in words ("1 measure", "6 measures").</param>
/// <param name="Exceptions">How many of its measures are exceptions this edition.</param>
/// <param name="Scorecard">The domain's scorecard, as the one domain the scorecard partial renders.</param>
public sealed record OrganisationDomainView(
    string Name,
    string Id,
    string Count,
    int Exceptions,
    IReadOnlyList<ScorecardDomainView> Scorecard,
    IReadOnlyList<MeasureSectionView> Metrics);
