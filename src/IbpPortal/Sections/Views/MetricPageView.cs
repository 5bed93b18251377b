namespace IbpPortal.Sections.Views;

/// <summary>The model of a measure's benchmark page: its definition, charts, the trust and ICB tables, England, plan credibility and peer groups.</summary>
/// <param name="Period">The month (or quarter) the page ranks.</param>
/// <param name="Lede">The opening sentence, naming that month.</param>
/// <param name="Listed">How many trusts the table lists.</param>
/// <param name="Icbs">The ICB table; null when there are no ICB figures.</param>
/// <param name="Ranked">Whether the trusts are ranked (ranks can be withheld).</param>
/// <param name="Note">What the ranks are among, or why there are none.</param>
/// <param name="Compared">The measure the trusts are ranked on, when it is not this one; null otherwise.</param>
/// <param name="Ranking">The ranking chart; null when ranks are withheld.</param>
/// <param name="Distribution">The distribution chart; null when ranks are withheld.</param>
/// <param name="England">The portal's trusts among every acute trust in England; null without national figures.</param>
/// <param name="Credibility">Each organisation's plan for the measure against its current process.</param>
/// <param name="MethodologyUrl">The methodology page; null when this build has none.</param>
public sealed record MetricPageView(
    MetricDefinitionView Metric,
    string Period,
    string Lede,
    int Listed,
    BenchmarkTableView Trusts,
    BenchmarkTableView? Icbs,
    bool Ranked,
    string Note,
    string? Compared,
    ChartView? Ranking,
    ChartView? Distribution,
    EnglandComparisonView? England,
    IReadOnlyList<MetricCredibilityView> Credibility,
    IReadOnlyList<PeerGroupTableView> PeerGroups,
    string CsvUrl,
    string JsonUrl,
    string? MethodologyUrl);
