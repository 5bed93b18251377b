using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Editions;
using IbpPortal.Load;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Sections;

namespace IbpPortal.Provenance;

/// <summary>Plans each organisation's <c>/organisations/&lt;code&gt;/sources/</c> page and <c>/data/provenance/&lt;code&gt;.json</c>
/// from the analysis' <see cref="ProvenanceIndex"/> and the data's fingerprint.</summary>
public sealed class ProvenanceSection(DataAnalysis data, DataFingerprint fingerprint) : ISiteSection
{
    private readonly DataAnalysis _data = SectionInput.Required(data, nameof(ProvenanceSection), "the plan data's analysis");
    private readonly DataFingerprint _fingerprint = SectionInput.Required(fingerprint, nameof(ProvenanceSection), "the data's fingerprint");

    /// <inheritdoc />
    public void Plan(PortalInput input, RenderContext context, SitePlan plan)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(plan);
        var analysis = _data.Model;
        var index = _data.Provenance;
        var fingerprint = _fingerprint;

        foreach (var org in analysis.Organisations)
        {
            plan.AddPage(OrganisationSubPage.Plan(org, DataRoutes.Sources(org.Code), $"Where the figures come from: {org.Name}", "sources",
                $"Every figure on the scorecard of {org.Name} for {analysis.ReportingPeriod.ToLongDisplay()}, with the data file and line it came from and how it was worked out.",
                ctx => SourcesModel(ctx, analysis, index, fingerprint, org)));
            plan.AddFile(new PlannedFile(DataRoutes.ProvenanceJson(org.Code), _ =>
                ProvenanceJson.Write(org.Code, analysis.ReportingPeriod.ToString(), fingerprint, ScorecardFigures.Of(analysis, index, org.Code))));
        }
    }

    /// <summary>A figure's provenance as the pages show it.</summary>
    internal static FigureView Figure(RenderContext context, AnalysisModel analysis, FigureProvenance figure)
    {
        var metric = analysis.FindMetric(figure.Key.Metric)!;
        var series = figure.Key.Series.ToString().ToLowerInvariant();
        return new FigureView(
            Anchor: DataRoutes.FigureAnchor(metric.Id, series),
            Metric: metric.Name,
            MetricId: metric.Id,
            Series: figure.Key.Series switch { FigureSeries.Plan => "Plan", FigureSeries.Target => "Target", _ => "Actual" },
            Period: figure.Key.Period.ToShortDisplay(),
            Value: FigureFormat.Format(figure.Value, metric),
            Illustrative: Wording.IsIllustrative(metric),
            Derivation: figure.Derivation,
            Plain: PlainDerivation.Of(figure.Derivation, metric, analysis.Metrics),
            Citation: figure.Citation,
            Lines: [.. figure.Locations.Select(l => new FigureLineView(l.Path, l.Line, l.ToString()))],
            Sources: [.. figure.Sources.Select(s => SourceText(s, figure.Key.Series == FigureSeries.Actual ? Wording.MeasureSource(metric) : null))],
            Url: context.Url(DataRoutes.Sources(figure.Key.Org)) + "#" + DataRoutes.FigureAnchor(metric.Id, series));
    }

    /// <summary>The file's source and date; with <paramref name="measureSource"/> (a measure's own source) that instead of the file's, so a synthetic measure is never captioned with the published data beside it in the same file.</summary>
    private static string SourceText(DataSource s, string? measureSource = null) =>
        string.Join(", ", new[] { measureSource ?? s.Source, measureSource is not null && measureSource.StartsWith(Wording.IllustrativeLabel, StringComparison.Ordinal) ? null : s.AsAt is { } d ? "as at " + d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) : null }.OfType<string>());

    private static SourcesPageView SourcesModel(RenderContext context, AnalysisModel analysis, ProvenanceIndex index, DataFingerprint fingerprint, Organisation org)
    {
        var declared = index.Sources.ToDictionary(s => s.File, StringComparer.Ordinal);
        return new SourcesPageView(
            Org: OrganisationSubPage.Link(context, org),
            Period: analysis.ReportingPeriod.ToLongDisplay(),
            Edition: EditionNames.Of(context.InternalBuild),
            DataHash: fingerprint.Combined,
            Files: [.. fingerprint.Files.Select(f => new DataFileView(
                f.Path,
                f.Sha256,
                declared.TryGetValue(f.Path, out var s) ? SourceText(s) : string.Empty,
                declared.TryGetValue(f.Path, out var u) ? u.Url?.ToString() : null))],
            Figures: [.. ScorecardFigures.Of(analysis, index, org.Code).Select(f => Figure(context, analysis, f))],
            JsonUrl: context.Url("/" + DataRoutes.ProvenanceJson(org.Code)),
            ChangesUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Changes(org.Code)),
            CoherenceUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Coherence(org.Code)));
    }
}
