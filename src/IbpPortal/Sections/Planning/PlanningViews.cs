using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Planning;
using IbpPortal.Model;
using IbpPortal.Render;

namespace IbpPortal.Sections.Planning;

/// <summary>The view models of the planning page: credibility rows, promises and, for an ICB, who drives its gap.</summary>
internal static class PlanningViews
{
    public static object Page(RenderContext context, DataAnalysis data, Organisation org)
    {
        var model = data.Model;
        var credibility = data.Planning.CredibilityOf(org.Code, model.Scorecard(org.Code).Rows.Select(r => r.Metric.Id));
        var promises = data.Promises.Where(p => p.Org == org.Code).ToList();
        var repeated = PromiseLedger.RepeatedExceptions(data.Promises, org.Code);
        return new
        {
            Org = new { org.Name, org.Code, Url = context.Url(DataRoutes.Organisation(org.Code)) },
            Period = model.ReportingPeriod.ToLongDisplay(),
            Measures = credibility.Select(c => new
            {
                c.Metric.Name,
                Id = c.Metric.Id,
                Verdict = Word(c.Worst),
                VerdictKey = c.Worst.ToString(),
                Headline = c.Headline?.Sentence,
                Pace = c.Pace?.Sentence,
                Within = c.Count(CredibilityVerdict.WithinProcess),
                Better = c.Count(CredibilityVerdict.NeedsBetterProcess),
                Beyond = c.Count(CredibilityVerdict.BeyondAnythingSeen),
                Months = c.Months.Select(m => new { Month = m.Period.ToShortDisplay(), m.Source, Value = FigureFormat.Format(m.Value, c.Metric), Verdict = Word(m.Verdict), m.Sentence }).ToList(),
                Illustrative = c.Metric.Description.Contains("Illustrative", StringComparison.OrdinalIgnoreCase),
            }).ToList(),
            Promises = promises.Select(p => Promise(model, p)).ToList(),
            Repeated = repeated.Select(m => model.FindMetric(m)?.Name ?? m).ToList(),
            Contributions = data.Planning.Contributions(org.Code).Select((g, i) => Contribution(model, g, i)).ToList(),
            CsvUrl = context.Url(DataRoutes.PlanningCsv(org.Code)),
            JsonUrl = context.Url(DataRoutes.PlanningJson(org.Code)),
            MethodUrl = context.Url(DataRoutes.Methodology) + "#planning-intelligence",
        };
    }

    public static object Promise(AnalysisModel model, Promise p) => new
    {
        Measure = model.FindMetric(p.Measure)?.Name ?? p.Measure,
        MadeIn = p.MadeIn.ToLongDisplay(),
        Recovery = p.Recovery.ToLongDisplay(),
        p.Owner,
        p.Actions,
        Status = StatusWord(p.Status),
        StatusKey = p.Status.ToString(),
    };

    private static object Contribution(AnalysisModel model, GapContribution g, int index)
    {
        var metric = model.FindMetric(g.Metric)!;
        var title = $"{metric.Name}: each trust's part in the gap, {g.Period.ToLongDisplay()}";
        var description = g.Headline;
        return new
        {
            metric.Name,
            g.Headline,
            Svg = g.GrossGap > 0 ? ChartMarkup.Svg(Charts.ContributionChartBuilder.Build(g, title), $"gap-{index}", description) : null,
            Title = title,
            Rows = g.Trusts.Select(t => new
            {
                t.Code,
                t.Name,
                Contribution = Math.Round(t.Contribution).ToString("#,##0;-#,##0;0", CultureInfo.InvariantCulture),
                Share = t.Share > 0 ? (t.Share * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "offsets",
                Cumulative = t.Share > 0 ? (t.CumulativeShare * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : string.Empty,
            }).ToList(),
            g.UnitLabel,
        };
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
