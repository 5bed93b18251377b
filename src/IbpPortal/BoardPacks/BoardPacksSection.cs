using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Diagnostics;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Settings;

namespace IbpPortal.BoardPacks;

/// <summary>Plans one PDF board pack per selected organisation at <c>/board-packs/&lt;code&gt;/&lt;period&gt;.pdf</c>, and the <c>/board-packs/</c> listing.</summary>
/// <param name="writer">Writes each pack; null plans the listing page alone (tests of the page without PDFs).</param>
/// <param name="data">The plan data's analysis, with the organisations whose packs this build writes.</param>
public sealed partial class BoardPacksSection(IBoardPackWriter? writer, DataAnalysis data) : ISiteSection
{
    private readonly DataAnalysis _data = SectionInput.Required(data, nameof(BoardPacksSection), "the plan data's analysis");

    /// <summary>The route of the listing page.</summary>
    public const string Route = "/board-packs/";

    /// <summary>The output path of an organisation's pack.</summary>
    public static string PackPath(string orgCode, Period period) => $"board-packs/{orgCode}/{period}.pdf";

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        var analysis = _data.Model;
        var index = new BoardPackIndex();
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
                plan.AddFile(new PlannedFile(
                    PackPath(org.Code, period),
                    ctx =>
                    {
                        var output = writer.Write(org, _data, commentary, ctx);
                        index.Add(org.Code, output.Pdf.Length, output.Pages);
                        return output.Pdf;
                    },
                    (_, cached) => index.Add(org.Code, cached.Length, CountPages(cached)))
                {
                    Group = IbpPortal.Sections.DataRoutes.OrganisationGroup(org.Code),
                });
            }
        }

        plan.AddPage(new PlannedPage
        {
            Route = Route,
            Title = "Board packs",
            Layout = "board-packs",
            Description = $"The Integrated Performance Report for each organisation, {period.ToLongDisplay()}, as an accessible PDF.",
            Section = "board-packs",
            Breadcrumbs = [new Crumb("Home", "/")],
            SearchFilter = "Board packs",
            Model = ctx => new
            {
                Period = period.ToLongDisplay(),
                Internal = ctx.InternalBuild,
                Packs = (writer is null ? [] : selected).Select(org =>
                {
                    var info = index.Find(org.Code);
                    return new
                    {
                        Code = org.Code,
                        Name = org.Name,
                        Type = org.Type == OrgType.Icb ? "ICB (system pack)" : "Trust",
                        Url = ctx.Url("/" + PackPath(org.Code, period)),
                        OrganisationUrl = ctx.Plan.Has($"/organisations/{org.Code}/") ? ctx.Url($"/organisations/{org.Code}/") : null,
                        Size = info is { } i ? FormatSize(i.Bytes) : string.Empty,
                        Pages = info?.Pages ?? 0,
                    };
                }).ToList(),
            },
        });
    }

    /// <summary>The page count of a pack restored from the cache, read from its page tree's <c>/Count</c>.</summary>
    /// <remarks>
    /// Opening each cached pack with PDFsharp took a quarter of a one-page-edit rebuild at national scale (7 s for 252
    /// packs). Our packs are PDFsharp files with one uncompressed page-tree root, so its <c>/Count</c> is the largest
    /// in the file; a file without one is opened properly.
    /// </remarks>
    internal static int CountPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var counts = PageTreeCount().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        if (counts.Count > 0)
        {
            return counts.Max();
        }

        using var stream = new MemoryStream(pdf);
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(stream, PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)")]
    private static partial System.Text.RegularExpressions.Regex PageTreeCount();

    private static string FormatSize(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
}
