using IbpPortal.Analyse;
using IbpPortal.BoardPacks;
using IbpPortal.Editions;
using IbpPortal.Model;
using IbpPortal.Render;
using IbpPortal.Sections.Summary;
using IbpPortal.Sections.Views;

namespace IbpPortal.Sections;

/// <summary>The model of an organisation's page: scorecard by domain, then each metric's SPC chart, plan, gaps, projections and (for an ICB) its trusts.</summary>
internal static class OrganisationPageModel
{
    /// <param name="changes">The comparison with the last edition, for the exception rules that compare editions; null on a first edition.</param>
    public static object Build(RenderContext context, AnalysisModel analysis, Organisation org, EditionComparison? changes)
    {
        var scorecard = analysis.Scorecard(org.Code);
        var isIcb = org.Type == OrgType.Icb;
        var icb = org.Icb is { } code ? analysis.FindOrganisation(code) : null;
        var peers = analysis.Organisations
            .Where(o => o.Type == org.Type && o.Code != org.Code && o.PeerGroup.Length > 0 && o.PeerGroup == org.PeerGroup)
            .Select(o => new { o.Name, o.Code, Url = context.Url(DataRoutes.Organisation(o.Code)) }).ToList();
        var pack = DataRoutes.BoardPack(org.Code, analysis.ReportingPeriod);
        var domains = scorecard.Domains.Select(d => new ScorecardDomainView(
            Wording.DomainName(d.Domain),
            "scorecard-" + d.Domain.ToString().ToLowerInvariant(),
            [.. d.Rows.Select(r => ScorecardRow(context, r, Wording.MoneyScaleOf(d.Rows), analysis.ReportingPeriod))])).ToList();
        var review = PackReview.Of(analysis, org, scorecard, changes);

        return new
        {
            org.Code,
            org.Name,
            Type = isIcb ? "Integrated care board" : "NHS trust",
            IsIcb = isIcb,
            org.Region,
            org.PeerGroup,
            Icb = icb is null ? null : new { icb.Name, Url = context.Url(DataRoutes.Organisation(icb.Code)) },
            Trusts = analysis.TrustsOf(org.Code).Select(t => new { t.Name, t.Code, Url = context.Url(DataRoutes.Organisation(t.Code)) }).ToList(),
            Peers = peers,
            Period = analysis.ReportingPeriod.ToLongDisplay(),
            BoardPackUrl = context.Plan.Has(pack) ? context.Url(pack) : null,
            JsonUrl = context.Url(DataRoutes.OrganisationJson(org.Code)),
            Summary = OrganisationSummary.Build(analysis, scorecard, review),
            AnyIllustrative = scorecard.Rows.Any(r => Wording.IsIllustrative(r.Metric)),
            Domains = scorecard.Domains.Select((d, i) => new
            {
                Name = Wording.DomainName(d.Domain),
                Id = "domain-" + d.Domain.ToString().ToLowerInvariant(),
                Count = d.Rows.Count == 1 ? "1 measure" : $"{d.Rows.Count} measures",
                Exceptions = d.Rows.Count(r => review.ExceptionFor(r.Metric.Id) is not null),
                Scorecard = new[] { domains[i] },
                Metrics = d.Rows.Select(r => MetricSection(context, analysis, org, r.Metric)).ToList(),
            }).ToList(),
            MethodologyUrl = context.Plan.Has(DataRoutes.Methodology) ? context.Url(DataRoutes.Methodology) : null,
            ChangesUrl = LinkIfPlanned(context, DataRoutes.Changes(org.Code)),
            SourcesUrl = LinkIfPlanned(context, DataRoutes.Sources(org.Code)),
            CoherenceUrl = LinkIfPlanned(context, DataRoutes.Coherence(org.Code)),
        };
    }

    private static string? LinkIfPlanned(RenderContext context, string route) => context.Plan.Has(route) ? context.Url(route) : null;

    private static ScorecardRowView ScorecardRow(RenderContext context, ScorecardRow row, MoneyScale scale, Period reportingPeriod)
    {
        var metric = row.Metric;
        var portalPlacing = Wording.Placing(row.Rank, row.Withheld, row.Scope) + (row.Rank is not null && row.Compared is { } c && c.Name != metric.Name ? $", on {c.Name[metric.Name.Length..].Trim()}" : string.Empty);
        return new ScorecardRowView(
            metric.Name,
            "metric-" + metric.Id,
            context.Url(DataRoutes.Metric(metric.Id)),
            LatestMonth.Label(row.Period, reportingPeriod, metric.Frequency),
            FigureFormat.Format(row.Latest, metric, scale),
            row.Plan.HasValue ? FigureFormat.Format(row.Plan, metric, scale) : "no plan",
            row.Variance is { } v ? FigureFormat.FormatChange(v.Size, metric, scale) : "—",
            row.Variance is { } d ? Wording.DirectionWord(d.Direction) : string.Empty,
            row.Target is { } t ? (row.TargetBasis is { } basis ? Wording.Target(basis, metric) : FigureFormat.Format(t, metric)) : "none",
            Wording.Variation(row.Variation),
            Wording.Assurance(row.Assurance),
            row.England?.Placing(metric.Frequency) is { } england ? $"{england} ({portalPlacing})" : portalPlacing,
            row.England?.Quartile is { } q ? Wording.EnglandQuartile(q) : Wording.Quartile(row.Quartile, row.RankIsJudgement),
            row.ShortSeries,
            Wording.IsIllustrative(metric));
    }

    private static List<GapView> GapViews(AnalysisModel analysis, Organisation org, Metric metric)
    {
        var gaps = analysis.Gaps(org.Code, metric.Id);
        var gapViews = new List<GapView>();
        if (gaps.PlanMonth is { } month)
        {
            gapViews.Add(Wording.Gap($"Against plan, {month.To.ToShortDisplay()}", month, metric, "a plan"));
        }

        if (gaps.PlanYearToDate is { } ytd)
        {
            gapViews.Add(Wording.Gap($"Against plan, year to date ({Wording.Months(ytd.From, ytd.To)})", ytd, metric, "a plan"));
        }

        if (gaps.Target is { } target)
        {
            var noun = Wording.TargetNoun(analysis.TargetBasis(org.Code, metric.Id, target.To));
            gapViews.Add(Wording.Gap($"Against {noun}, {target.To.ToShortDisplay()}", target, metric, "the " + noun));
        }

        if (gaps.LatestDemandCapacity is { } dc && metric.MeetsDemand is { } demandId && analysis.FindMetric(demandId) is { } demand)
        {
            gapViews.Add(new GapView($"Against {demand.Name}, {dc.From.ToShortDisplay()}",
                $"{FigureFormat.Format(dc.Actual, metric)} against demand of {FigureFormat.Format(dc.Comparator, demand)}: {FigureFormat.FormatChange(dc.Size, metric)}",
                Wording.DirectionWord(dc.Direction), Wording.Tone(dc.Direction)));
        }

        return gapViews;
    }

    private static object MetricSection(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var gapViews = GapViews(analysis, org, metric);
        var projectionSet = analysis.Projections(org.Code, metric.Id);
        var projections = projectionSet.All.Select(p => new
        {
            p.Name,
            Change = ProjectionWording.Assumption(p, metric, analysis),
            Horizon = p.AtHorizon.Period.ToShortDisplay(),
            Value = FigureFormat.Format(p.AtHorizon.Value, metric),
            Plan = p.PlanAtHorizon is { } pl ? FigureFormat.Format(pl, metric) : "none",
            PlanGap = p.GapToPlan is { } pg ? FigureFormat.FormatChange(pg.Size, metric) : "—",
            PlanDirection = p.GapToPlan is { } pd ? Wording.DirectionWord(pd.Direction) : string.Empty,
            PlanTone = p.GapToPlan is { } pt ? Wording.Tone(pt.Direction) : "grey",
            Target = p.TargetAtHorizon is { } t ? FigureFormat.Format(t, metric) : "none",
            Gap = p.GapToTarget is { } g ? FigureFormat.FormatChange(g.Size, metric) : "—",
            Direction = p.GapToTarget is { } gd ? Wording.DirectionWord(gd.Direction) : string.Empty,
            Tone = p.GapToTarget is { } gt ? Wording.Tone(gt.Direction) : "grey",
        }).ToList();

        var latest = analysis.LatestPeriod(metric.Id);
        var figures = analysis.Actual(org.Code, metric.Id).Where(p => p.Value.HasValue).ToList();
        Analyse.Series.SeriesPoint? single = analysis.Spc(org.Code, metric.Id).Points.Count == 0 && figures.Count == 1 ? figures[0] : null;
        var system = org.Type == OrgType.Icb
            ? analysis.TrustsOf(org.Code).Prepend(org).Select(o =>
            {
                var row = analysis.Benchmark(metric.Id, latest).Row(o);
                var value = analysis.Actual(o.Code, metric.Id).At(latest);
                return new
                {
                    o.Name,
                    Url = context.Url(DataRoutes.Organisation(o.Code)),
                    IsSystem = o.Code == org.Code,
                    Value = FigureFormat.Format(value, metric),
                    Variation = Wording.Variation(analysis.Spc(o.Code, metric.Id).Variation),
                    Rank = o.Code == org.Code ? "—" : Wording.Placing(row?.Rank, row?.Withheld ?? Analyse.Benchmarking.RankWithheld.None, analysis.Benchmark(metric.Id, latest).Trusts.Scope),
                };
            }).ToList()
            : null;

        return new
        {
            metric.Id,
            metric.Name,
            Anchor = OrganisationSummary.Anchor(metric),
            BenchmarkUrl = context.Url(DataRoutes.Metric(metric.Id)),
            Illustrative = Wording.IsIllustrative(metric),
            Spc = single is null ? SeriesViews.Spc(context, analysis, org, metric) : null,
            SpcNote = single is { } one ? $"One figure so far ({LatestMonth.Label(one.Period, analysis.ReportingPeriod, metric.Frequency)}): an SPC chart needs at least two." : null,
            Ranking = BenchmarkViews.OrganisationRanking(context, analysis, org, metric),
            Plan = SeriesViews.PlanVsActual(context, analysis, org, metric),
            DemandCapacity = SeriesViews.DemandCapacity(context, analysis, org, metric),
            Projection = SeriesViews.Projections(context, analysis, org, metric),
            Gaps = gapViews,
            Projections = projections,
            ProjectionBasis = projectionSet.Fit is null ? null : ProjectionWording.Basis(projectionSet),
            ProjectionStart = projectionSet.Baseline is { } pb ? $"{FigureFormat.Format(pb.Start.Value, metric)} in {pb.Start.Period.ToShortDisplay()}" : null,
            System = system,
            SystemPeriod = LatestMonth.Label(latest, analysis.ReportingPeriod, metric.Frequency),
            Aggregation = org.Type == OrgType.Icb ? Wording.Aggregation(metric, id => analysis.FindMetric(id)?.Name ?? id) : null,
        };
    }
}
