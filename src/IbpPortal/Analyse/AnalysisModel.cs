using System.Collections.Frozen;
using IbpPortal.Analyse.Benchmarking;
using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Scenarios;
using IbpPortal.Analyse.Series;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Analyse;

/// <summary>Everything the Analyse stage worked out, for the site planner and the page and PDF renderers.</summary>
/// <remarks>
/// Built once by <see cref="Analyser.Analyse"/> and read-only afterwards, so it can be shared across threads.
/// Look-ups by organisation code or metric id throw <see cref="KeyNotFoundException"/> for a code the data
/// does not define (validation has already rejected such references in content); a known organisation with
/// no data for a metric gets an empty series, an empty SPC result and empty gaps and projections.
/// </remarks>
public sealed class AnalysisModel
{
    private static readonly SpcResult NoSpc = new([], [], VariationIcon.None, AssuranceIcon.None, ShortSeries: false);

    private readonly FrozenDictionary<string, int> orgIndex;
    private readonly FrozenDictionary<string, int> metricIndex;
    private readonly FrozenDictionary<string, IReadOnlyList<Organisation>> trustsByIcb;
    private readonly DerivedSeries actuals;
    private readonly DerivedSeries plans;
    private readonly TargetResolver targets;
    private readonly SpcResult?[] spc;
    private readonly GapSet[] gaps;
    private readonly ProjectionSet[] projections;
    private readonly Scorecard[] scorecards;
    private readonly IReadOnlyList<Period>[] benchmarkPeriods;
    private readonly BenchmarkTable[][] benchmarks;
    private readonly FrozenDictionary<OrgMetricKey, QualityRating> quality;
    private readonly FrozenDictionary<OrgMetricKey, IReadOnlyList<Rebase>> rebases;
    private readonly IReadOnlyList<Rebase> allRebases;
    private readonly ActualsCutOff? cutOff;

    internal AnalysisModel(
        Period reportingPeriod,
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<Metric> metrics,
        IReadOnlyList<Scenario> scenarios,
        DerivedSeries actuals,
        DerivedSeries plans,
        TargetResolver targets,
        SpcResult?[] spc,
        GapSet[] gaps,
        ProjectionSet[] projections,
        IReadOnlyList<Period>[] benchmarkPeriods,
        BenchmarkTable[][] benchmarks,
        Scorecard[] scorecards,
        IReadOnlyList<QualityRating>? quality = null,
        IReadOnlyList<Rebase>? rebases = null)
    {
        this.rebases = (rebases ?? []).GroupBy(r => new OrgMetricKey(r.Org, r.Metric))
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Rebase>)[.. g.OrderBy(r => r.Period)]);
        allRebases = rebases ?? [];
        this.quality = (quality ?? []).GroupBy(q => new OrgMetricKey(q.Org, q.Metric)).ToFrozenDictionary(g => g.Key, g => g.First());
        ReportingPeriod = reportingPeriod;
        Organisations = organisations;
        Metrics = metrics;
        Scenarios = scenarios;
        Icbs = organisations.Where(o => o.Type == OrgType.Icb).ToList();
        Trusts = organisations.Where(o => o.Type == OrgType.Trust).ToList();
        MetricsByDomain = metrics.GroupBy(m => m.Domain).Select(g => new DomainMetrics(g.Key, g.ToList())).ToList();
        orgIndex = organisations.Select((o, i) => (o.Code, i)).ToFrozenDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        metricIndex = metrics.Select((m, i) => (m.Id, i)).ToFrozenDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        trustsByIcb = Trusts.Where(t => t.Icb is not null)
            .GroupBy(t => t.Icb!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => (IReadOnlyList<Organisation>)g.ToList(), StringComparer.Ordinal);
        this.actuals = actuals;
        this.plans = plans;
        this.targets = targets;
        this.spc = spc;
        this.gaps = gaps;
        this.projections = projections;
        this.benchmarkPeriods = benchmarkPeriods;
        this.benchmarks = benchmarks;
        this.scorecards = scorecards;
    }


    /// <summary>The re-bases of an organisation's chart of a metric (its own rows and <c>*</c> rows), in period order, with their reasons.</summary>
    public IReadOnlyList<Rebase> RebasesOf(string org, string metric) => Rebases(org, metric);

    /// <summary>Which target is in force in <paramref name="period"/> (the organisation's trajectory or the national standard), since when, and what it was before.</summary>
    public TargetBasis TargetBasis(string org, string metric, Period period) => targets.Basis(Org(org).Code, Metric(metric).Id, period);

    /// <summary>The month being reported on; actuals after it are ignored, except for a measure published ahead of it (see <see cref="CutOff"/>).</summary>
    public Period ReportingPeriod { get; }

    /// <summary>The last month of each measure's actuals that this edition shows.</summary>
    public ActualsCutOff CutOff
    {
        get => cutOff ?? ActualsCutOff.At(ReportingPeriod);
        init => cutOff = value;
    }

    /// <summary>The month a measure is shown at across organisations: its latest month with any organisation's figure up to its
    /// cut-off, else the reporting period. Earlier than the reporting period for a measure published later or less often
    /// (cancer, KH03), later for one published ahead of the edition.</summary>
    public Period LatestPeriod(string metric) => BenchmarkPeriods(metric) is { Count: > 0 } periods ? periods[^1] : ReportingPeriod;

    /// <summary>Every organisation: each ICB (by name) followed by its trusts (by name), then trusts without a known ICB.</summary>
    public IReadOnlyList<Organisation> Organisations { get; }

    /// <summary>The trusts, by name.</summary>
    public IReadOnlyList<Organisation> Trusts { get; }

    /// <summary>The ICBs, by name.</summary>
    public IReadOnlyList<Organisation> Icbs { get; }

    /// <summary>Every metric, by domain and then name.</summary>
    public IReadOnlyList<Metric> Metrics { get; }

    /// <summary>The metrics grouped by domain, domains in their fixed order, empty domains left out.</summary>
    public IReadOnlyList<DomainMetrics> MetricsByDomain { get; }

    /// <summary>The scenarios, in the order of <c>scenarios.yml</c>.</summary>
    public IReadOnlyList<Scenario> Scenarios { get; }

    /// <summary>The trusts of an ICB, by name; empty for an unknown code or a trust.</summary>
    public IReadOnlyList<Organisation> TrustsOf(string icbCode) =>
        trustsByIcb.TryGetValue(icbCode, out var trusts) ? trusts : [];

    /// <summary>The organisation with this code, or null.</summary>
    public Organisation? FindOrganisation(string code) =>
        orgIndex.TryGetValue(code, out var i) ? Organisations[i] : null;

    /// <summary>The metric with this id, or null.</summary>
    public Metric? FindMetric(string id) =>
        metricIndex.TryGetValue(id, out var i) ? Metrics[i] : null;

    /// <summary>Monthly actuals up to the reporting period, including computed ratios and ICB aggregates.</summary>
    public MonthlySeries Actual(string org, string metric) => actuals.Get(Org(org).Code, Metric(metric).Id);

    /// <summary>The monthly plan trajectory, including computed ratios and ICB aggregates.</summary>
    public MonthlySeries Plan(string org, string metric) => plans.Get(Org(org).Code, Metric(metric).Id);

    /// <summary>The target in force for the organisation in that month, or null.</summary>
    public double? Target(string org, string metric, Period period) => targets.Target(Org(org).Code, Metric(metric).Id, period);

    /// <summary>The XmR chart of the organisation's actuals; empty when it has none.</summary>
    public SpcResult Spc(string org, string metric) => spc[Slot(org, metric)] ?? NoSpc;

    /// <summary>Plan, target and demand and capacity gaps.</summary>
    public GapSet Gaps(string org, string metric) => gaps[Slot(org, metric)];

    /// <summary>The current-trend and scenario projections.</summary>
    public ProjectionSet Projections(string org, string metric) => projections[Slot(org, metric)];

    /// <summary>The data-quality rating of an organisation's measure from <c>quality.csv</c>; null when not assessed.</summary>
    public QualityRating? Quality(string org, string metric) => quality.GetValueOrDefault(new OrgMetricKey(org, metric));

    /// <summary>The re-bases of an organisation's measure from <c>rebase.csv</c>, earliest first, each with its reason; empty when none.</summary>
    public IReadOnlyList<Rebase> Rebases(string org, string metric) =>
        allRebases.Any(r => r.Org == "*") ? [.. allRebases.Where(r => r.Metric == metric && (r.Org == org || r.Org == "*")).OrderBy(r => r.Period)]
        : rebases.GetValueOrDefault(new OrgMetricKey(org, metric)) ?? [];

    /// <summary>The scorecard of an organisation.</summary>
    public Scorecard Scorecard(string org) => scorecards[OrgIndex(org)];

    /// <summary>Months for which a metric has a benchmark table (any organisation's actuals), oldest first.</summary>
    public IReadOnlyList<Period> BenchmarkPeriods(string metric) => benchmarkPeriods[MetricIndex(metric)];

    /// <summary>The metric compared across organisations in a month; empty groups for a month without data.</summary>
    public BenchmarkTable Benchmark(string metric, Period period)
    {
        var m = MetricIndex(metric);
        var periods = benchmarkPeriods[m];
        if (periods.Count > 0)
        {
            var i = period.MonthsSince(periods[0]);
            if (i >= 0 && i < periods.Count)
            {
                return benchmarks[m][i];
            }
        }

        return Analyser.EmptyBenchmark(Metrics[m], period);
    }

    private Organisation Org(string code) => Organisations[OrgIndex(code)];

    private Metric Metric(string id) => Metrics[MetricIndex(id)];

    private int Slot(string org, string metric) => (OrgIndex(org) * Metrics.Count) + MetricIndex(metric);

    private int OrgIndex(string code) =>
        orgIndex.TryGetValue(code, out var i) ? i : throw new KeyNotFoundException($"No organisation has the code '{code}'.");

    private int MetricIndex(string id) =>
        metricIndex.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No metric has the id '{id}'.");
}
