using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Planning;
using IbpPortal.Model;
using IbpPortal.Render;

namespace IbpPortal.Sections.Planning;

/// <summary>The view models of the planning page: credibility rows, promises and, for an ICB, who drives its gap.</summary>
internal static class PlanningViews
{
    public static PlanningPageView Page(RenderContext context, DataAnalysis data, Organisation org)
    {
        var model = data.Model;
        var credibility = data.Planning.CredibilityOf(org.Code, model.Scorecard(org.Code).Rows.Select(r => r.Metric.Id));
        var promises = data.Promises.Where(p => p.Org == org.Code);
        var repeated = PromiseLedger.RepeatedExceptions(data.Promises, org.Code);
        return new PlanningPageView(
            Org: OrganisationSubPage.Link(context, org),
            Period: model.ReportingPeriod.ToLongDisplay(),
            Measures: [.. credibility.Select(Measure)],
            Promises: [.. promises.Select(p => Promise(model, p))],
            Repeated: [.. repeated.Select(m => model.FindMetric(m)?.Name ?? m)],
            Contributions: [.. data.Planning.Contributions(org.Code).Select((g, i) => Contribution(model, g, i))],
            CsvUrl: context.Url(DataRoutes.PlanningCsv(org.Code)),
            JsonUrl: context.Url(DataRoutes.PlanningJson(org.Code)),
            MethodUrl: context.Url(DataRoutes.Methodology) + "#planning-intelligence");
    }

    private static CredibilityMeasureView Measure(MeasureCredibility c) => new(
        c.Metric.Name,
        c.Metric.Id,
        Verdict: Word(c.Worst),
        VerdictKey: c.Worst.ToString(),
        Headline: c.Headline?.Sentence,
        Pace: c.Pace?.Sentence,
        // A month of the plan and the same month of a trajectory are judged apart: the counts say which they are.
        Judged: string.Join(", ", c.Months.GroupBy(m => m.Source).Select(g => $"{g.Count()} of the {g.Key}")),
        Within: c.Count(CredibilityVerdict.WithinProcess),
        Better: c.Count(CredibilityVerdict.NeedsBetterProcess),
        Beyond: c.Count(CredibilityVerdict.BeyondAnythingSeen),
        Months: [.. c.Months.Select(m => new CredibilityMonthView(m.Period.ToShortDisplay(), m.Source, FigureFormat.Format(m.Value, c.Metric), Word(m.Verdict), m.Sentence))],
        Illustrative: c.Metric.Description.Contains("Illustrative", StringComparison.OrdinalIgnoreCase));

    public static PromiseView Promise(AnalysisModel model, Promise p) => new(
        model.FindMetric(p.Measure)?.Name ?? p.Measure,
        p.MadeIn.ToLongDisplay(),
        p.Recovery.ToLongDisplay(),
        p.Owner,
        p.Actions,
        StatusWord(p.Status),
        p.Status.ToString());

    private static ContributionView Contribution(AnalysisModel model, GapContribution g, int index)
    {
        var metric = model.FindMetric(g.Metric)!;
        var title = $"{metric.Name}: each trust's part in the gap, {g.Period.ToLongDisplay()}";
        var description = g.Headline;
        return new ContributionView(
            metric.Name,
            g.Headline,
            Svg: g.GrossGap > 0 ? ChartMarkup.Svg(Charts.ContributionChartBuilder.Build(g, title), $"gap-{index}", description) : null,
            Title: title,
            Rows: [.. g.Trusts.Select(t => new ContributionRowView(
                t.Code,
                t.Name,
                Math.Round(t.Contribution).ToString("#,##0;-#,##0;0", CultureInfo.InvariantCulture),
                t.Share > 0 ? (t.Share * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "offsets",
                t.Share > 0 ? (t.CumulativeShare * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : string.Empty))],
            UnitLabel: g.UnitLabel);
    }

    public static string Word(CredibilityVerdict verdict) => verdict switch
    {
        CredibilityVerdict.NeedsBetterProcess => "Needs a better process",
        CredibilityVerdict.BeyondAnythingSeen => "Beyond anything seen",
        _ => "Within the current process",
    };

    public static string StatusWord(PromiseStatus status) => status switch
    {
        PromiseStatus.Kept => "Recovered by the promised month",
        PromiseStatus.RecoveredLate => "Recovered late",
        PromiseStatus.Overdue => "Not yet recovered (overdue)",
        PromiseStatus.Dropped => "Dropped without a word",
        _ => "Not yet due",
    };
}
