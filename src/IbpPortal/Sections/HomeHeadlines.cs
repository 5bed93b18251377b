using IbpPortal.Analyse;
using IbpPortal.Analyse.Spc;
using IbpPortal.PlanSite;
using IbpPortal.Render;

namespace IbpPortal.Sections;

/// <summary>The home page's headline figures: each ICB's four-hour performance (or first targeted measure), and how many series show concern or will miss their targets.</summary>
public sealed class HomeHeadlines(AnalysisModel analysis) : IHomeHeadlines
{
    /// <inheritdoc />
    public IReadOnlyList<HeadlineFigure> Headlines(RenderContext context)
    {
        var figures = new List<HeadlineFigure>();
        var period = analysis.ReportingPeriod;
        var headline = analysis.FindMetric("ae_4hr") ?? analysis.Metrics.FirstOrDefault(m => m.Target is not null && !Wording.IsIllustrative(m));
        if (headline is not null)
        {
            foreach (var icb in analysis.Icbs.Take(3))
            {
                var value = analysis.Actual(icb.Code, headline.Id).At(period);
                var target = analysis.Target(icb.Code, headline.Id, period);
                figures.Add(new HeadlineFigure(
                    $"{headline.Name}, {icb.Name}",
                    FigureFormat.Format(value, headline),
                    $"{period.ToShortDisplay()}" + (target is { } t ? $"; target {FigureFormat.Format(t, headline)}" : string.Empty)));
            }
        }

        var series = analysis.Trusts.SelectMany(t => analysis.Metrics.Select(m => analysis.Spc(t.Code, m.Id))).Where(s => s.Variation != VariationIcon.None).ToList();
        var concern = series.Count(s => s.Variation is VariationIcon.ConcernHigh or VariationIcon.ConcernLow);
        var improvement = series.Count(s => s.Variation is VariationIcon.ImprovementHigh or VariationIcon.ImprovementLow);
        var failing = series.Count(s => s.Assurance == AssuranceIcon.Fail);
        figures.Add(new HeadlineFigure("Trust measures showing special-cause concern", concern.ToString(System.Globalization.CultureInfo.InvariantCulture), $"of {series.Count} trust measures in the latest month (illustrative measures included); {improvement} show improvement"));
        figures.Add(new HeadlineFigure("Trust measures set to miss their target", failing.ToString(System.Globalization.CultureInfo.InvariantCulture), "consistently fail on current performance (SPC assurance)"));
        return figures.Take(6).ToList();
    }
}
