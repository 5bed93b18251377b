using IbpPortal.Load;
using IbpPortal.PlanSite;
using IbpPortal.Render;

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
            Model = ctx => new
            {
                HasData = hasData,
                BenchmarkingUrl = ctx.Plan.Has(DataRoutes.Benchmarking) ? ctx.Url(DataRoutes.Benchmarking) : null,
                ScenariosUrl = ctx.Plan.Has(DataRoutes.Scenarios) ? ctx.Url(DataRoutes.Scenarios) : null,
            },
        });
    }
}
