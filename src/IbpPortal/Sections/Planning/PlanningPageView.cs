using IbpPortal.Sections.Views;

namespace IbpPortal.Sections.Planning;

/// <summary>The model of an organisation's planning page: how credible each plan is, the promises its narratives made and, for an ICB, who drives its gaps.</summary>
/// <param name="Measures">Each scorecard measure with a plan, judged against the organisation's current process.</param>
/// <param name="Promises">Every recovery promise its exception narratives made, with where each stands.</param>
/// <param name="Repeated">The names of the measures with a repeated exception.</param>
/// <param name="Contributions">For an ICB, each trust's part in each gap; empty for a trust.</param>
/// <param name="MethodUrl">The methodology page's planning section.</param>
public sealed record PlanningPageView(
    OrganisationLinkView Org,
    string Period,
    IReadOnlyList<CredibilityMeasureView> Measures,
    IReadOnlyList<PromiseView> Promises,
    IReadOnlyList<string> Repeated,
    IReadOnlyList<ContributionView> Contributions,
    string CsvUrl,
    string JsonUrl,
    string MethodUrl);
