using IbpPortal.Analyse;
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

namespace IbpPortal.Build;

/// <summary>Which loaders, analyses, site sections and shortcodes make up the portal: the one place they are listed.</summary>
public static class SiteComposition
{
    /// <summary>Loads the plan data.</summary>
    public static PlanData LoadData(string root, DiagnosticBag diagnostics) => PlanDataLoader.Load(root, diagnostics);

    /// <summary>Cross-checks the plan data.</summary>
    public static void ValidateData(PortalInput input, DiagnosticBag diagnostics) =>
        PlanDataValidator.Validate(input.Data, diagnostics);

    /// <summary>Runs the analysis and registers its results as a service for the sections and shortcodes.</summary>
    public static void Analyse(PortalInput input, RenderContext context, BuildSession? session = null)
    {
        context.AddService(input.Templates);
        if (input.Data.Actuals.Count == 0 && input.Data.Organisations.Count == 0)
        {
            return;
        }

        var period = input.Settings.ReportingPeriod
            ?? (input.Data.Actuals.Count > 0 ? input.Data.Actuals.Max(a => a.Period) : input.Data.Plans.Select(p => p.Period).DefaultIfEmpty(new Period(2000, 1)).Max());
        var options = new SpcOptions(input.Settings.SpcScreenMovingRanges);
        var model = session is null
            ? Analyser.Analyse(input.Data, period, options, SpcCalculator.Calculate)
            : session.Analyse(input.Data, () => Analyser.Analyse(input.Data, period, options, SpcCalculator.Calculate));
        context.AddService(model);
        NoVariationWarnings.Report(model, input.Data.Actuals, context.Diagnostics);
    }

    /// <summary>The site's sections, in planning order; site-wide files last, as they list the others' pages.</summary>
    public static IEnumerable<ISiteSection> Sections(PortalInput input)
    {
        yield return new ContentSection();
        yield return new BenchmarkingSection();
        yield return new OrganisationsSection();
        yield return new ScenariosSection();
        yield return new MethodologySection();
        yield return new BoardPacksSection(new PdfBoardPackWriter());
        yield return new ProvenanceSection();
        yield return new CoherenceSection();
        yield return new EditionsSection();
        yield return new HostingFilesSection();
        yield return new SiteFilesSection();
    }

    /// <summary>The shortcodes comms can use.</summary>
    public static ShortcodeRegistry Shortcodes(RenderContext context) => new ShortcodeRegistry()
        .Add(new InsetShortcode())
        .Add(new WarningShortcode())
        .Add(new DetailsShortcode())
        .Add(new KpiShortcode())
        .Add(new SpcShortcode(context))
        .Add(new BenchmarkShortcode(context))
        .Add(new ContactShortcode(context.Settings.ContactEmail));
}
