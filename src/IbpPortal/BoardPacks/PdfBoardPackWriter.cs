using IbpPortal.Analyse;
using IbpPortal.BoardPacks.Layout;
using IbpPortal.BoardPacks.Sections;
using IbpPortal.Content;
using IbpPortal.Model;
using IbpPortal.Render;

namespace IbpPortal.BoardPacks;

/// <summary>Writes an organisation's Integrated Performance Report: a tagged, deterministic A4 PDF composed section by section.</summary>
/// <remarks>
/// Cover and contents; changes since last month (when there was a previous edition); executive summary with KPI tiles;
/// scorecard; for an ICB, the system beside its trusts; one section per domain with SPC charts; gaps and plan coherence;
/// scenarios; Part II commentary (internal edition only); methodology and data sources appendices.
/// </remarks>
public sealed class PdfBoardPackWriter : IBoardPackWriter
{
    /// <inheritdoc />
    public BoardPackOutput Write(Organisation organisation, DataAnalysis analysis, IReadOnlyList<CommentaryDocument> commentary, RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(commentary);
        ArgumentNullException.ThrowIfNull(context);
        var pack = new PackContext(organisation, analysis, commentary, context);
        var report = PdfReport.Create(Info(pack));
        foreach (var section in SectionsOf(pack))
        {
            section.Compose(report, pack);
        }

        var pdf = report.Save();
        return new BoardPackOutput(pdf, report.PageCount) { Layout = report.Layout };
    }

    private static IEnumerable<IPackSection> SectionsOf(PackContext pack)
    {
        yield return new CoverSection();
        yield return new ChangesSection();
        yield return new ExecutiveSummarySection();
        yield return new ScorecardSection();
        yield return new ExceptionReportsSection();
        yield return new SystemSection();
        foreach (var domain in pack.Scorecard.Domains)
        {
            yield return new DomainSection(domain);
        }

        yield return new GapsSection();
        yield return new PlanCredibilitySection();
        yield return new ScenariosSection();
        yield return new PartTwoSection();
        yield return new MethodologyAppendix();
        yield return new DataSourcesAppendix();
    }

    private static ReportInfo Info(PackContext pack)
    {
        var org = pack.Org;
        var period = pack.Period.ToLongDisplay();
        var hash = DataSourcesAppendix.DataHash(pack);
        return new ReportInfo($"{org.Name} — Integrated Performance Report, {period}", "Integrated Performance Report", $"{org.Name} ({org.Code}) · {period}", pack.Issued)
        {
            Subject = $"Integrated Performance Report of {org.Name} ({org.Code}) for {period}: scorecard, SPC charts, gaps and scenarios"
                + (pack.Internal ? " (internal edition, with Part II)" : " (public edition)") + $". Input data SHA-256 {hash}.",
            Author = pack.Render.Settings.Publisher,
            Keywords = $"Integrated Performance Report; board pack; SPC; Making Data Count; {org.Code}; {pack.Period}; data-sha256:{hash}",
            Marking = pack.Internal ? "INTERNAL — PART II" : "PUBLIC",
        };
    }
}
