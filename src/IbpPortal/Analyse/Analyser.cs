using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Scenarios;
using IbpPortal.Analyse.Series;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>The Analyse stage: turns plan data into series, SPC charts, benchmarks, gaps, projections and scorecards.</summary>
/// <remarks>
/// Pure: no file, network or clock access. Work for separate organisations and metrics runs in parallel,
/// each result written to its own slot, so the model is the same on every run.
/// </remarks>
public static class Analyser
{
    private const string Everyone = "*";

    /// <summary>Analyses <paramref name="data"/> as at <paramref name="reportingPeriod"/>, calling <paramref name="spc"/> for every organisation and metric with actuals.</summary>
    /// <remarks><paramref name="spc"/> is called from several threads at once, so it must be a pure function.
    /// Re-base rows for the organisation and for <c>*</c> are merged into its <c>rebaseAt</c>.</remarks>
    public static AnalysisModel Analyse(PlanData data, Period reportingPeriod, SpcOptions spcOptions, SpcFunction spc)
    {
        var organisations = Order(data.Organisations);
        var metrics = data.Metrics
            .OrderBy(m => m.Domain)
            .ThenBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var cutOff = ActualsCutOff.For(data.Actuals, metrics, reportingPeriod);
        var derivePlans = Task.Run(() => SeriesDeriver.Derive(organisations, metrics, data.Plans, cutOff: null));
        var actuals = SeriesDeriver.Derive(organisations, metrics, data.Actuals, cutOff);
        var plans = derivePlans.GetAwaiter().GetResult();
        var targets = new TargetResolver(data.Targets, metrics);
        var rebases = data.Rebases
            .GroupBy(r => new OrgMetricKey(r.Org, r.Metric))
            .ToDictionary(g => g.Key, g => g.Select(r => r.Period).ToList());

        var slots = organisations.Count * metrics.Count;
        var spcResults = new SpcResult?[slots];
        var gaps = new GapSet[slots];
        var projections = new ProjectionSet[slots];
        Parallel.For(0, slots, slot =>
        {
            var org = organisations[slot / metrics.Count].Code;
            var metric = metrics[slot % metrics.Count];
            // One figure has no moving range, so no variation to judge: no SPC chart or icons (packs list it as not charted)
            // rather than a "common cause" verdict on a single month (the sample's one RTT extract).
            if (SpcInput(actuals.Get(org, metric.Id), org, metric, targets) is { } input)
            {
                spcResults[slot] = spc(input, metric.Improvement, RebaseAt(rebases, org, metric.Id), spcOptions);
            }

            // A measure published ahead of the edition is judged at its own latest month (see ActualsCutOff).
            gaps[slot] = GapCalculator.Compute(org, metric, actuals, plans, targets, cutOff.Of(metric.Id));
            projections[slot] = ScenarioProjector.Project(org, metric, actuals, plans.Get(org, metric.Id), data.Scenarios, targets, cutOff.Of(metric.Id));
        });

        var benchmarkPeriods = new IReadOnlyList<Period>[metrics.Count];
        var benchmarks = new BenchmarkTable[metrics.Count][];
        Parallel.For(0, metrics.Count, m =>
        {
            (benchmarkPeriods[m], benchmarks[m]) = BenchmarkAll(metrics[m], metrics, organisations, actuals);
        });

        var england = new EnglandFigures(data);
        var scorecards = new Scorecard[organisations.Count];
        Parallel.For(0, organisations.Count, o =>
        {
            var organisation = organisations[o];
            var rows = new List<ScorecardRow>();
            for (var m = 0; m < metrics.Count; m++)
            {
                var slot = (o * metrics.Count) + m;
                var periods = benchmarkPeriods[m];
                if (ScorecardRowFor(organisation, metrics[m], actuals, plans, targets, spcResults[slot], gaps[slot], reportingPeriod, period =>
                    periods.Count > 0 && period.MonthsSince(periods[0]) is var i && i >= 0 && i < periods.Count ? benchmarks[m][i] : null, england) is { } row)
                {
                    rows.Add(row);
                }
            }

            var domains = rows.GroupBy(r => r.Metric.Domain).Select(g => new ScorecardDomain(g.Key, g.ToList())).ToList();
            scorecards[o] = new Scorecard(organisation, reportingPeriod, domains);
        });

        return new AnalysisModel(
            reportingPeriod, organisations, metrics, data.Scenarios, actuals, plans, targets,
            spcResults, gaps, projections, benchmarkPeriods, benchmarks, scorecards, data.QualityRatings, data.Rebases)
        {
            CutOff = cutOff,
        };
    }

    /// <summary>A table with no organisations, for a month without data.</summary>
    internal static BenchmarkTable EmptyBenchmark(Metric metric, Period period)
    {
        var judgement = metric.Improvement != Improvement.Neutral;
        var empty = new Dictionary<string, double>();
        var none = new Dictionary<string, PeerGroupStat>();
        var withheld = metric.IsRankable ? RankWithheld.TooFewPeers : RankWithheld.Volume;
        return new BenchmarkTable(
            metric,
            period,
            new BenchmarkGroup(OrgType.Trust, [], 0, null, null, null, empty, judgement, new ComparisonScope(BenchmarkScope.Portal, null, OrgType.Trust, 0), withheld, none),
            new BenchmarkGroup(OrgType.Icb, [], 0, null, null, null, empty, judgement, new ComparisonScope(BenchmarkScope.Portal, null, OrgType.Icb, 0), withheld, none));
    }

    /// <summary>ICBs by name, each followed by its trusts by name, then trusts whose ICB is not listed.</summary>
    private static List<Organisation> Order(IReadOnlyList<Organisation> organisations)
    {
        static IOrderedEnumerable<Organisation> ByName(IEnumerable<Organisation> orgs) =>
            orgs.OrderBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ThenBy(o => o.Code, StringComparer.Ordinal);

        var icbs = ByName(organisations.Where(o => o.Type == OrgType.Icb)).ToList();
        var icbCodes = icbs.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var trusts = ByName(organisations.Where(o => o.Type == OrgType.Trust)).ToList();
        var result = new List<Organisation>(organisations.Count);
        foreach (var icb in icbs)
        {
            result.Add(icb);
            result.AddRange(trusts.Where(t => t.Icb == icb.Code));
        }

        result.AddRange(trusts.Where(t => t.Icb is null || !icbCodes.Contains(t.Icb)));
        return result;
    }

    /// <summary>The points an SPC chart is drawn from, or null with fewer than two figures.</summary>
    private static List<SpcInputPoint>? SpcInput(MonthlySeries actual, string org, Metric metric, TargetResolver targets)
    {
        var figures = 0;
        for (var i = 0; i < actual.Count && figures < 2; i++)
        {
            figures += actual.ValueAt(i).HasValue ? 1 : 0;
        }

        if (figures < 2)
        {
            return null;
        }

        // A quarterly measure is charted and analysed over its quarters only: the months between are not missing points.
        var target = targets.For(org, metric.Id);
        var input = new List<SpcInputPoint>(actual.Count);
        for (var i = 0; i < actual.Count; i++)
        {
            var period = actual.Start.AddMonths(i);
            if (metric.Frequency == MetricFrequency.Monthly || period.IsQuarterEnd)
            {
                input.Add(new SpcInputPoint(period, actual.ValueAt(i), target.At(period)));
            }
        }

        return input;
    }

    private static List<Period> RebaseAt(Dictionary<OrgMetricKey, List<Period>> rebases, string org, string metric)
    {
        var own = rebases.GetValueOrDefault(new OrgMetricKey(org, metric));
        var everyone = rebases.GetValueOrDefault(new OrgMetricKey(Everyone, metric));
        if (own is null && everyone is null)
        {
            return [];
        }

        return (own ?? []).Concat(everyone ?? []).Distinct().Order().ToList();
    }

    private static (IReadOnlyList<Period> Periods, BenchmarkTable[] Tables) BenchmarkAll(
        Metric metric,
        IReadOnlyList<Metric> metrics,
        IReadOnlyList<Organisation> organisations,
        DerivedSeries actuals)
    {
        var measure = SizeMeasure.For(metric, metrics);
        var members = organisations
            .Select(o => (Org: o, Series: SizeMeasure.Series(metric, actuals, o.Code)))
            .Where(x => !x.Series.IsEmpty)
            .ToList();
        if (members.Count == 0)
        {
            return ([], []);
        }

        var trusts = new BenchmarkMembers(members.Where(x => x.Org.Type == OrgType.Trust).ToList());
        var icbs = new BenchmarkMembers(members.Where(x => x.Org.Type == OrgType.Icb).ToList());
        var first = members.Min(x => x.Series.Start);
        var last = members.Max(x => x.Series.End);
        var periods = new Period[last.MonthsSince(first) + 1];
        var tables = new BenchmarkTable[periods.Length];
        for (var i = 0; i < periods.Length; i++)
        {
            var period = first.AddMonths(i);
            periods[i] = period;
            tables[i] = new BenchmarkTable(
                metric,
                period,
                Benchmarker.Compare(measure ?? metric, period, OrgType.Trust, trusts),
                Benchmarker.Compare(measure ?? metric, period, OrgType.Icb, icbs),
                measure);
        }

        return (periods, tables);
    }

    private static ScorecardRow? ScorecardRowFor(
        Organisation organisation,
        Metric metric,
        DerivedSeries actuals,
        DerivedSeries plans,
        TargetResolver targets,
        SpcResult? spc,
        GapSet gaps,
        Period reportingPeriod,
        Func<Period, BenchmarkTable?> benchmark,
        EnglandFigures england)
    {
        var actual = actuals.Get(organisation.Code, metric.Id);
        var plan = plans.Get(organisation.Code, metric.Id);
        if (actual.IsEmpty && plan.IsEmpty)
        {
            return null;
        }

        var period = gaps.AsAt ?? reportingPeriod;
        var table = benchmark(period);
        var row = table?.Row(organisation);
        var group = table?.For(organisation.Type);
        return new ScorecardRow(
            metric,
            period,
            actual.At(period),
            plan.At(period),
            gaps.PlanMonth,
            targets.Target(organisation.Code, metric.Id, period),
            spc?.Variation ?? VariationIcon.None,
            spc?.Assurance ?? AssuranceIcon.None,
            spc?.ShortSeries ?? false,
            row?.Rank,
            row?.Rank is null ? null : group?.Count,
            row?.Quartile,
            metric.Improvement != Improvement.Neutral,
            group?.Scope,
            row is { Value.HasValue: true } ? row.Withheld : RankWithheld.None,
            group?.Median,
            table?.Compared,
            targets.Basis(organisation.Code, metric.Id, period),
            actual.At(period).HasValue ? england.Compare(metric, period, organisation) : null);
    }
}
