using IbpPortal.Analyse;
using IbpPortal.Analyse.Planning;
using IbpPortal.Analyse.Spc;
using IbpPortal.BoardPacks;
using IbpPortal.Coherence;
using IbpPortal.Diagnostics;
using IbpPortal.Editions;
using IbpPortal.Load;
using IbpPortal.Load.Data;
using IbpPortal.Validate.Data;
using IbpPortal.Markdown.Shortcodes;
using IbpPortal.Markdown.Shortcodes.Callouts;
using IbpPortal.Markdown.Shortcodes.Data;
using IbpPortal.Markdown.Shortcodes.Site;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Provenance;
using IbpPortal.Render;
using IbpPortal.Sections;
using IbpPortal.Sections.Planning;
using IbpPortal.Theme;

namespace IbpPortal.Build;

/// <summary>Which loaders, analyses, site sections and shortcodes make up the portal: the one place they are listed.</summary>
public static class SiteComposition
{
    /// <summary>Loads the plan data.</summary>
    public static PlanData LoadData(string root, DiagnosticBag diagnostics) => PlanDataLoader.Load(root, diagnostics);

    /// <summary>Cross-checks the plan data.</summary>
    public static void ValidateData(PortalInput input, DiagnosticBag diagnostics) =>
        PlanDataValidator.Validate(input.Data, diagnostics);

    /// <summary>The Analyse stage: the plan data's analysis with provenance, coherence and editions, and the data's fingerprint; pure, no file is read.</summary>
    public static SiteAnalysis Analyse(PortalInput input, bool internalBuild, BuildSession? session = null)
    {
        if (input.Data.Actuals.Count == 0 && input.Data.Organisations.Count == 0)
        {
            return SiteAnalysis.ContentOnly;
        }

        var period = ReportingPeriods.Of(input.Settings, input.Data);
        var options = new SpcOptions(input.Settings.SpcScreenMovingRanges);
        var model = session is null
            ? Analyser.Analyse(input.Data, period, options, SpcCalculator.Calculate)
            : session.Analyse(input.Data, () => Analyser.Analyse(input.Data, period, options, SpcCalculator.Calculate));
        var annex = input.Annex;

        // Each of these reads the finished model and returns its own result, so they run side by side.
        var planning = Task.Run(() => PlanningAnalyser.Analyse(input.Data, model));
        var provenanceAndCoherence = Task.Run(() =>
        {
            var provenance = new ProvenanceIndex(input.Data, model, annex.Sources);
            return (Provenance: provenance, Coherence: CoherenceChecker.Check(model, provenance, annex.CoherenceRules));
        });
        var edition = EditionRecordBuilder.Build(model, annex.Fingerprint, internalBuild);
        var changes = EditionComparer.Compare(annex.PreviousEdition, edition);
        edition = edition with { Promises = PromiseCheck.Of(model, changes, input.Commentary, annex.PreviousEdition) };
        var packs = PackSelection.Of(input, model);
        var (provenanceIndex, coherence) = provenanceAndCoherence.GetAwaiter().GetResult();
        var data = new DataAnalysis(model, provenanceIndex, coherence, edition, changes, packs)
        {
            Planning = planning.GetAwaiter().GetResult(),
        };
        return new SiteAnalysis(data, annex.Fingerprint);
    }

    /// <summary>The site's sections, each given what it shows: the order does not matter, as none reads another's work while planning.</summary>
    public static IEnumerable<ISiteSection> Sections(PortalInput input, SiteAnalysis analysis, ThemeAssets assets)
    {
        yield return new ContentSection(analysis.Data is { } d ? new HomeHeadlines(d.Model) : null);
        yield return new MethodologySection(hasData: analysis.Data is not null, replaced: input.Pages.Any(p => p.Route == DataRoutes.Methodology));
        if (analysis.Data is { } data)
        {
            yield return new BenchmarkingSection(data.Model, data.Planning);
            yield return new OrganisationsSection(data.Model, data.Changes);
            yield return new ScenariosSection(data.Model);
            yield return new BoardPacksSection(new PdfBoardPackWriter(), data);
            yield return new ProvenanceSection(data, analysis.Fingerprint);
            yield return new CoherenceSection(data);
            yield return new EditionsSection(data, input.Annex.ArchivedEditions);
            yield return new PlanningSection(data);
        }

        yield return new HostingFilesSection(assets);
        yield return new SiteFilesSection();
    }

    /// <summary>The shortcodes comms can use.</summary>
    public static ShortcodeRegistry Shortcodes(RenderContext context, SiteAnalysis analysis, TemplateEngine templates) => new ShortcodeRegistry()
        .Add(new InsetShortcode())
        .Add(new WarningShortcode())
        .Add(new DetailsShortcode())
        .Add(new KpiShortcode(analysis.Data?.Model))
        .Add(new SpcShortcode(context, analysis.Data?.Model, templates))
        .Add(new BenchmarkShortcode(context, analysis.Data?.Model, templates))
        .Add(new ContactShortcode(context.Settings.ContactEmail));
}
