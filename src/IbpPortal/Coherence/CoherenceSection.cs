using IbpPortal.Analyse;
using IbpPortal.Editions;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections;

namespace IbpPortal.Coherence;

/// <summary>Plans each organisation's <c>/organisations/&lt;code&gt;/coherence/</c> page from the analysis' <see cref="CoherenceReport"/>
/// (its findings are reported as warnings by the Validate stage, so <c>ibp check</c> shows them).</summary>
public sealed class CoherenceSection(DataAnalysis data) : ISiteSection
{
    private readonly DataAnalysis _data = SectionInput.Required(data, nameof(CoherenceSection), "the plan data's analysis");

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        var analysis = _data.Model;
        var report = _data.Coherence;

        foreach (var org in analysis.Organisations)
        {
            plan.AddPage(OrganisationSubPage.Plan(org, DataRoutes.Coherence(org.Code), $"Plan coherence: {org.Name}", "coherence",
                $"Whether the activity, workforce and finance plans of {org.Name} agree with each other and with their targets.",
                ctx => Model(ctx, analysis, report, org)));
        }
    }

    private static CoherencePageView Model(RenderContext context, AnalysisModel analysis, CoherenceReport report, Organisation org) => new(
        Org: OrganisationSubPage.Link(context, org),
        Period: analysis.ReportingPeriod.ToLongDisplay(),
        Edition: EditionNames.Of(context.InternalBuild),
        HasRules: report.Rules.Count > 0,
        Rules: [.. report.Rules.Select(r => Rule(analysis, r))],
        Findings: [.. report.For(org.Code).Select(f => Finding(analysis, f))],
        SourcesUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Sources(org.Code)),
        ChangesUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Changes(org.Code)));

    private static CoherenceRuleView Rule(AnalysisModel analysis, CoherenceRule r) => new(
        r.Name,
        CoherenceCodes.Title(r.Kind),
        CoherenceSetting.Describe(r, analysis),
        r.Source.ToString(),
        string.Join(", ", r.Metrics.Count == analysis.Metrics.Count && r.Metrics.Count > 3 ? ["every measure"] : r.Metrics.Select(m => MeasureName(analysis, m))));

    private static CoherenceFindingView Finding(AnalysisModel analysis, CoherenceFinding f) => new(
        f.Code,
        CoherenceCodes.Title(f.Rule.Kind),
        f.Message,
        [.. f.Metrics.Select(m => MeasureName(analysis, m))],
        [.. f.Locations.Select(l => l.ToString())],
        f.Rule.Source.ToString(),
        CoherenceSetting.Describe(f.Rule, analysis));

    private static string MeasureName(AnalysisModel analysis, string metric) => analysis.FindMetric(metric)?.Name ?? metric;
}
