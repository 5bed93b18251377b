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
public sealed partial class BoardPacksSection(IBoardPackWriter? writer) : ISiteSection
{
    /// <summary>The route of the listing page.</summary>
    public const string Route = "/board-packs/";

    /// <summary>The output path of an organisation's pack.</summary>
    public static string PackPath(string orgCode, Period period) => $"board-packs/{orgCode}/{period}.pdf";

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        var analysis = context.Service<AnalysisModel>();
        if (analysis is null)
        {
            return;
        }

        var index = new BoardPackIndex();
        context.AddService(index);
        var selected = Select(input, analysis, context.Diagnostics);
        CheckCommentary(input, analysis, context.Diagnostics);
        NarrativeChecks.Check(input, analysis, selected, context.Service<IbpPortal.Editions.EditionComparison>(), context.Diagnostics);
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
                        var output = writer.Write(org, analysis, commentary, ctx);
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

    private static List<Organisation> Select(PortalInput input, AnalysisModel analysis, DiagnosticBag diagnostics)
    {
        var requested = input.Options.Packs ?? input.Settings.Packs;
        if (requested.Count == 0 || requested.Any(r => r.Equals("none", StringComparison.OrdinalIgnoreCase)))
        {
            return [];
        }

        if (requested.Any(r => r.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return [.. analysis.Organisations];
        }

        var result = new List<Organisation>();
        foreach (var code in requested)
        {
            var org = analysis.FindOrganisation(code);
            if (org is null)
            {
                var suggestion = Suggest.Nearest(code, analysis.Organisations.Select(o => o.Code));
                diagnostics.Error(input.Options.Packs is null ? new SourceLocation(SettingsLoader.FileName, 1) : new SourceLocation("<command line>", 0),
                    BoardPackCodes.UnknownOrganisation, $"a board pack was asked for '{code}', which is not in data/organisations.csv",
                    suggestion is null ? "use organisation codes from data/organisations.csv" : $"did you mean '{suggestion}'?");
                continue;
            }

            result.Add(org);
        }

        return result;
    }

    private static void CheckCommentary(PortalInput input, AnalysisModel analysis, DiagnosticBag diagnostics)
    {
        foreach (var commentary in input.Commentary.Where(c => !c.IsNarrative))
        {
            if (analysis.FindOrganisation(commentary.OrgCode) is null)
            {
                diagnostics.Error(new SourceLocation(commentary.Page.SourcePath, 1), BoardPackCodes.CommentaryOrganisation,
                    $"commentary for '{commentary.OrgCode}', which is not in data/organisations.csv",
                    "put board-pack commentary in input/board-packs/<organisation code>/<YYYY-MM>.md");
            }
            else if (!Period.TryParse(commentary.Period, out _))
            {
                diagnostics.Error(new SourceLocation(commentary.Page.SourcePath, 1), BoardPackCodes.CommentaryPeriod,
                    $"the commentary file's name does not start with a period (YYYY-MM)",
                    $"name it {analysis.ReportingPeriod}.md (or {analysis.ReportingPeriod}-part2.md for an extra part)");
            }
            else if (commentary.Period != analysis.ReportingPeriod.ToString())
            {
                diagnostics.Warning(new SourceLocation(commentary.Page.SourcePath, 1), BoardPackCodes.CommentaryPeriod,
                    $"this commentary is for {commentary.Period}, but the packs report on {analysis.ReportingPeriod}, so it is not used",
                    "rename it to the reporting period, or change reporting_period in portal.yml");
            }
        }
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
