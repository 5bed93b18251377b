using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections;

namespace IbpPortal.BoardPacks;

/// <summary>Plans one PDF board pack per selected organisation at <c>/board-packs/&lt;code&gt;/&lt;period&gt;.pdf</c>, and the <c>/board-packs/</c> listing.</summary>
/// <param name="writer">Writes each pack; null plans the listing page alone (tests of the page without PDFs).</param>
/// <param name="data">The plan data's analysis, with the organisations whose packs this build writes.</param>
public sealed partial class BoardPacksSection(IBoardPackWriter? writer, DataAnalysis data) : ISiteSection
{
    private readonly DataAnalysis _data = SectionInput.Required(data, nameof(BoardPacksSection), "the plan data's analysis");

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        var analysis = _data.Model;
        var selected = _data.Packs;
        var period = analysis.ReportingPeriod;
        if (writer is not null)
        {
            foreach (var org in selected)
            {
                var commentary = input.Commentary
                    .Where(c => c.OrgCode == org.Code && c.Period == period.ToString())
                    .OrderBy(c => c.Page.SourcePath.Length).ThenBy(c => c.Page.SourcePath, StringComparer.Ordinal)
                    .ToList();
                RenderedDocument Write(RenderContext ctx)
                {
                    var output = writer.Write(org, _data, commentary, ctx);
                    return new RenderedDocument(output.Pdf, output.Pages);
                }

                plan.AddFile(new PlannedFile(DataRoutes.BoardPack(org.Code, period), ctx => Write(ctx).Bytes)
                {
                    Group = DataRoutes.OrganisationGroup(org.Code),
                    Document = Write,
                });
            }
        }

        plan.AddPage(new PlannedPage
        {
            Route = DataRoutes.BoardPacks,
            Title = "Board packs",
            Layout = "board-packs",
            Description = $"The Integrated Performance Report for each organisation, {period.ToLongDisplay()}, as an accessible PDF.",
            Section = "board-packs",
            Breadcrumbs = [new Crumb("Home", "/")],
            SearchFilter = "Board packs",
            ListingModel = (ctx, rendered) => new BoardPacksListingView(
                period.ToLongDisplay(),
                ctx.InternalBuild,
                [.. (writer is null ? [] : selected).Select(org =>
                {
                    var info = rendered.Find(DataRoutes.BoardPack(org.Code, period));
                    return new BoardPackRowView(
                        org.Code,
                        org.Name,
                        org.Type == OrgType.Icb ? "ICB (system pack)" : "Trust",
                        ctx.Url("/" + DataRoutes.BoardPack(org.Code, period)),
                        ctx.Plan.Has(DataRoutes.Organisation(org.Code)) ? ctx.Url(DataRoutes.Organisation(org.Code)) : null,
                        info is { } i ? FormatSize(i.Bytes) : string.Empty,
                        info?.Pages ?? 0);
                })]),
        });
    }

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
}
