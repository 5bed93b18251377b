namespace IbpPortal.Sections.Views;

/// <summary>The scorecard rows of one domain.</summary>
public sealed record ScorecardDomainView(string Name, string Id, IReadOnlyList<ScorecardRowView> Rows);
