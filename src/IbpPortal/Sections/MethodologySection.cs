using IbpPortal.Load;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>Plans <c>/methodology/</c>: how SPC, quartiles, ICB figures, gaps and projections are worked out, in plain English for leaders.</summary>
/// <remarks>The text lives in the theme's <c>methodology</c> layout; the developer versions are <c>docs/spc-method.md</c>, <c>docs/benchmark-method.md</c> and <c>docs/scenario-method.md</c>.</remarks>
/// <param name="hasData">True when the portal has plan data (the page then links to benchmarking and scenarios).</param>
/// <param name="replaced">True when the portal has its own <c>input/methodology.md</c>, which takes this page's place.</param>
public sealed class MethodologySection(bool hasData, bool replaced) : ISiteSection
{
    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        if (replaced)
        {
            return;
        }

        plan.AddPage(new PlannedPage
        {
            Route = DataRoutes.Methodology,
            Title = "How the figures are worked out",
            Layout = "methodology",
            Description = "SPC charts and their icons, ranks and quartiles, ICB figures, gaps and scenario projections, explained in plain English.",
            Section = "methodology",
            Source = new Diagnostics.SourceLocation("theme/layouts/methodology.liquid", 0),
            Breadcrumbs = [new Crumb("Home", "/")],
            SearchFilter = "Guidance",
            Model = ctx => new MethodologyPageView(
                HasData: hasData,
                BenchmarkingUrl: OrganisationSubPage.UrlIfPlanned(ctx, DataRoutes.Benchmarking),
                ScenariosUrl: OrganisationSubPage.UrlIfPlanned(ctx, DataRoutes.Scenarios),

                // The key shows the very icons the charts and scorecards show, drawn by the same code.
                VariationKey: [.. VariationKey.Select(k => new SignalKeyView(Wording.Variation(k.Icon), k.Text))],
                AssuranceKey: [.. AssuranceKey.Select(k => new SignalKeyView(Wording.Assurance(k.Icon), k.Text))]),
        });
    }

    private static readonly (Analyse.Spc.VariationIcon Icon, string Text)[] VariationKey =
    [
        (Analyse.Spc.VariationIcon.CommonCause, "The latest month is within everyday variation: no sign of real change."),
        (Analyse.Spc.VariationIcon.ImprovementHigh, "Special cause in the good direction, on a measure where higher is better."),
        (Analyse.Spc.VariationIcon.ImprovementLow, "Special cause in the good direction, on a measure where lower is better."),
        (Analyse.Spc.VariationIcon.ConcernHigh, "Special cause in the bad direction, unusually high: worth looking into."),
        (Analyse.Spc.VariationIcon.ConcernLow, "Special cause in the bad direction, unusually low: worth looking into."),
        (Analyse.Spc.VariationIcon.NeitherHigh, "Special cause on a measure where neither direction is better: unusually high."),
        (Analyse.Spc.VariationIcon.NeitherLow, "Special cause on a measure where neither direction is better: unusually low."),
    ];

    private static readonly (Analyse.Spc.AssuranceIcon Icon, string Text)[] AssuranceKey =
    [
        (Analyse.Spc.AssuranceIcon.Pass, "The target is beyond the limits on the good side: every month should meet it."),
        (Analyse.Spc.AssuranceIcon.Fail, "The target is beyond the limits on the bad side: it will not be met without a change to the way the service works."),
        (Analyse.Spc.AssuranceIcon.HitAndMiss, "The target is within the limits: some months will meet it and some will not."),
    ];
}
