using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;
using IbpPortal.PlanSite;
using IbpPortal.Render;
using IbpPortal.Render.Views;
using IbpPortal.Sections.Summary;

namespace IbpPortal.Sections;

/// <summary>The home page's headline figures: each ICB's four-hour performance (or first targeted measure), and how many series show concern or will miss their targets, each leading to what it counts.</summary>
public sealed class HomeHeadlines(AnalysisModel analysis) : IHomeHeadlines
{
    /// <inheritdoc />
    public IReadOnlyList<HeadlineFigure> Headlines(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var figures = new List<HeadlineFigure>();
        var period = analysis.ReportingPeriod;
        var headline = analysis.FindMetric("ae_4hr") ?? analysis.Metrics.FirstOrDefault(m => m.Target is not null && !Wording.IsIllustrative(m));
        if (headline is not null)
        {
            foreach (var icb in analysis.Icbs.Take(3))
            {
                var value = analysis.Actual(icb.Code, headline.Id).At(period);
                var target = analysis.Target(icb.Code, headline.Id, period);
                var spc = analysis.Spc(icb.Code, headline.Id);
                figures.Add(new HeadlineFigure(
                    $"{headline.Name}, {icb.Name}",
                    FigureFormat.Format(value, headline),
                    $"{period.ToShortDisplay()}" + (target is { } t ? $"; target {FigureFormat.Format(t, headline)}" : string.Empty) + $". {Wording.Variation(spc.Variation).Label}.",
                    MeasureOn(context, icb, headline),
                    Wording.Variation(spc.Variation).IconSvg));
            }
        }

        var series = analysis.Trusts
            .SelectMany(t => analysis.Metrics.Select(m => (Trust: t, Metric: m, Spc: analysis.Spc(t.Code, m.Id))))
            .Where(s => s.Spc.Variation != VariationIcon.None)
            .ToList();
        var concern = series.Where(s => s.Spc.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow).ToList();
        var improvement = series.Count(s => s.Spc.Variation is VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow);
        var failing = series.Where(s => s.Spc.Assurance == AssuranceIcon.Fail).ToList();
        figures.Add(new HeadlineFigure(
            "Trust measures showing special-cause concern",
            Count(concern.Count),
            $"of {series.Count} trust measures in the latest month (illustrative measures included); {improvement} show improvement",
            "#headline-concern",
            Wording.Variation(VariationIcon.ConcernHigh).IconSvg,
            Counted(context, "headline-concern", "Which trust measures show special-cause concern", concern)));
        figures.Add(new HeadlineFigure(
            "Trust measures set to miss their target",
            Count(failing.Count),
            "consistently fail on current performance (SPC assurance)",
            "#headline-failing",
            Wording.Assurance(AssuranceIcon.Fail).IconSvg,
            Counted(context, "headline-failing", "Which trust measures are set to miss their target", failing)));
        return figures.Take(6).ToList();
    }

    /// <inheritdoc />
    public IReadOnlyList<OrganisationFinderItem> Organisations(RenderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var items = new List<OrganisationFinderItem>();
        foreach (var icb in analysis.Icbs)
        {
            items.Add(Finder(context, icb, "ICB", icb.Name));
            items.AddRange(analysis.TrustsOf(icb.Code).Select(t => Finder(context, t, "NHS trust", icb.Name)));
        }

        var listed = items.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        items.AddRange(analysis.Trusts.Where(t => !listed.Contains(t.Code)).Select(t => Finder(context, t, "NHS trust", string.Empty)));
        return items;
    }

    private static OrganisationFinderItem Finder(RenderContext context, Organisation org, string kind, string icbName) => new(
        org.Name,
        org.Code,
        kind,
        context.Url(DataRoutes.Organisation(org.Code)),
        string.Join(' ', org.Name, org.Code, kind, icbName).ToLowerInvariant());

    private static string MeasureOn(RenderContext context, Organisation org, Metric metric) =>
        context.Url(DataRoutes.Organisation(org.Code)) + "#" + OrganisationSummary.Anchor(metric);

    private static HeadlineList Counted(RenderContext context, string id, string title, IEnumerable<(Organisation Trust, Metric Metric, SpcResult Spc)> series) => new(
        id,
        title,
        [.. series.GroupBy(s => s.Metric)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .Select(g => new HeadlineGroup(
                new LinkView(g.Key.Name, context.Url(DataRoutes.Metric(g.Key.Id))),
                [.. g.Select(s => new LinkView(s.Trust.Name, MeasureOn(context, s.Trust, s.Metric)))]))]);

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
