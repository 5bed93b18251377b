using IbpPortal.Analyse;
using IbpPortal.Analyse.Exceptions;
using IbpPortal.Analyse.Scenarios;
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
    public static OrganisationPageView Build(RenderContext context, AnalysisModel analysis, Organisation org, EditionComparison? changes)
    {
        var scorecard = analysis.Scorecard(org.Code);
        var isIcb = org.Type == OrgType.Icb;
        var icb = org.Icb is { } code ? analysis.FindOrganisation(code) : null;
        var peers = analysis.Organisations
            .Where(o => o.Type == org.Type && o.Code != org.Code && o.PeerGroup.Length > 0 && o.PeerGroup == org.PeerGroup);
        var pack = DataRoutes.BoardPack(org.Code, analysis.ReportingPeriod);
        var review = PackReview.Of(analysis, org, scorecard, changes);

        return new OrganisationPageView(
            org.Code,
            org.Name,
            Type: isIcb ? "Integrated care board" : "NHS trust",
            IsIcb: isIcb,
            org.Region,
            org.PeerGroup,
            Icb: icb is null ? null : OrganisationSubPage.Link(context, icb),
            Trusts: [.. analysis.TrustsOf(org.Code).Select(t => OrganisationSubPage.Link(context, t))],
            Peers: [.. peers.Select(o => OrganisationSubPage.Link(context, o))],
            Period: analysis.ReportingPeriod.ToLongDisplay(),
            BoardPackUrl: context.Plan.Has(pack) ? context.Url(pack) : null,
            JsonUrl: context.Url(DataRoutes.OrganisationJson(org.Code)),
            Summary: OrganisationSummary.Build(analysis, scorecard, review),
            AnyIllustrative: scorecard.Rows.Any(r => Wording.IsIllustrative(r.Metric)),
            Domains: [.. scorecard.Domains.Select(d => Domain(context, analysis, org, d, review))],
            MethodologyUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Methodology),
            ChangesUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Changes(org.Code)),
            SourcesUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Sources(org.Code)),
            CoherenceUrl: OrganisationSubPage.UrlIfPlanned(context, DataRoutes.Coherence(org.Code)));
    }

    private static OrganisationDomainView Domain(RenderContext context, AnalysisModel analysis, Organisation org, ScorecardDomain d, ExceptionReview review)
    {
        var name = Wording.DomainName(d.Domain);
        var key = d.Domain.ToString().ToLowerInvariant();
        var scale = Wording.MoneyScaleOf(d.Rows);
        return new OrganisationDomainView(
            name,
            "domain-" + key,
            d.Rows.Count == 1 ? "1 measure" : $"{d.Rows.Count} measures",
            d.Rows.Count(r => review.ExceptionFor(r.Metric.Id) is not null),
            [new ScorecardDomainView(name, "scorecard-" + key, [.. d.Rows.Select(r => ScorecardRow(context, r, scale, analysis.ReportingPeriod))])],
            [.. d.Rows.Select(r => MetricSection(context, analysis, org, r.Metric))]);
    }

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

    private static MeasureSectionView MetricSection(RenderContext context, AnalysisModel analysis, Organisation org, Metric metric)
    {
        var projectionSet = analysis.Projections(org.Code, metric.Id);
        var latest = analysis.LatestPeriod(metric.Id);
        var figures = analysis.Actual(org.Code, metric.Id).Where(p => p.Value.HasValue).ToList();
        Analyse.Series.SeriesPoint? single = analysis.Spc(org.Code, metric.Id).Points.Count == 0 && figures.Count == 1 ? figures[0] : null;

        return new MeasureSectionView(
            metric.Id,
            metric.Name,
            Anchor: OrganisationSummary.Anchor(metric),
            BenchmarkUrl: context.Url(DataRoutes.Metric(metric.Id)),
            Illustrative: Wording.IsIllustrative(metric),
            Spc: single is null ? SeriesViews.Spc(context, analysis, org, metric) : null,
            SpcNote: single is { } one ? $"One figure so far ({LatestMonth.Label(one.Period, analysis.ReportingPeriod, metric.Frequency)}): an SPC chart needs at least two." : null,
            Ranking: BenchmarkViews.OrganisationRanking(context, analysis, org, metric),
            Plan: SeriesViews.PlanVsActual(context, analysis, org, metric),
            DemandCapacity: SeriesViews.DemandCapacity(context, analysis, org, metric),
            Projection: SeriesViews.Projections(context, analysis, org, metric),
            Gaps: GapViews(analysis, org, metric),
            Projections: [.. projectionSet.All.Select(p => ProjectionRow(analysis, metric, p))],
            ProjectionBasis: projectionSet.Fit is null ? null : ProjectionWording.Basis(projectionSet),
            ProjectionStart: projectionSet.Baseline is { } pb ? $"{FigureFormat.Format(pb.Start.Value, metric)} in {pb.Start.Period.ToShortDisplay()}" : null,
            System: org.Type == OrgType.Icb ? [.. analysis.TrustsOf(org.Code).Prepend(org).Select(o => SystemRow(context, analysis, org, metric, latest, o))] : null,
            SystemPeriod: LatestMonth.Label(latest, analysis.ReportingPeriod, metric.Frequency),
            Aggregation: org.Type == OrgType.Icb ? Wording.Aggregation(metric, id => analysis.FindMetric(id)?.Name ?? id) : null);
    }

    private static ProjectionRowView ProjectionRow(AnalysisModel analysis, Metric metric, Projection p) => new(
        p.Name,
        Change: ProjectionWording.Assumption(p, metric, analysis),
        Horizon: p.AtHorizon.Period.ToShortDisplay(),
        Value: FigureFormat.Format(p.AtHorizon.Value, metric),
        Plan: p.PlanAtHorizon is { } pl ? FigureFormat.Format(pl, metric) : "none",
        PlanGap: p.GapToPlan is { } pg ? FigureFormat.FormatChange(pg.Size, metric) : "—",
        PlanDirection: p.GapToPlan is { } pd ? Wording.DirectionWord(pd.Direction) : string.Empty,
        PlanTone: p.GapToPlan is { } pt ? Wording.Tone(pt.Direction) : "grey",
        Target: p.TargetAtHorizon is { } t ? FigureFormat.Format(t, metric) : "none",
        Gap: p.GapToTarget is { } g ? FigureFormat.FormatChange(g.Size, metric) : "—",
        Direction: p.GapToTarget is { } gd ? Wording.DirectionWord(gd.Direction) : string.Empty,
        Tone: p.GapToTarget is { } gt ? Wording.Tone(gt.Direction) : "grey");

    /// <summary>The ICB's or one of its trusts' row in the ICB page's table of a measure across the system.</summary>
    private static SystemRowView SystemRow(RenderContext context, AnalysisModel analysis, Organisation icb, Metric metric, Period latest, Organisation o)
    {
        var benchmark = analysis.Benchmark(metric.Id, latest);
        var row = benchmark.Row(o);
        return new SystemRowView(
            o.Name,
            context.Url(DataRoutes.Organisation(o.Code)),
            IsSystem: o.Code == icb.Code,
            Value: FigureFormat.Format(analysis.Actual(o.Code, metric.Id).At(latest), metric),
            Variation: Wording.Variation(analysis.Spc(o.Code, metric.Id).Variation),
            Rank: o.Code == icb.Code ? "—" : Wording.Placing(row?.Rank, row?.Withheld ?? Analyse.Benchmarking.RankWithheld.None, benchmark.Trusts.Scope));
    }
}
