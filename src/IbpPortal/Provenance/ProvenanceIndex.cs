using System.Globalization;
using IbpPortal.Analyse;
using IbpPortal.Analyse.Series;
using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Provenance;

/// <summary>Finds where any figure the portal shows came from: (organisation, metric, month, series) → <see cref="FigureProvenance"/>.</summary>
/// <remarks>
/// Pure and read-only after construction, so pages and packs can look figures up in parallel. It follows the
/// same rules as the Analyse stage's series derivation: an organisation's own rows win; a ratio metric without
/// rows of its own is its numerator ÷ denominator; an ICB without rows of its own is aggregated from those of
/// its trusts that have any row for the metric (a ratio as the ratio of summed counts).
/// </remarks>
public sealed class ProvenanceIndex
{
    private const string Everyone = "*";
    private readonly AnalysisModel analysis;
    private readonly RowSet actuals;
    private readonly RowSet plans;
    private readonly Dictionary<(string Org, string Metric), Observation[]> targets;
    private readonly Dictionary<string, DataSource> sources;

    /// <summary>Indexes the data lines of <paramref name="data"/> as analysed in <paramref name="analysis"/>.</summary>
    /// <param name="sources">What <c>data/sources.yml</c> says about each file; may be empty.</param>
    public ProvenanceIndex(PlanData data, AnalysisModel analysis, IReadOnlyList<DataSource> sources)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(sources);
        this.analysis = analysis;
        actuals = new RowSet(data.Actuals, analysis.CutOff);
        plans = new RowSet(data.Plans, cutOff: null);
        targets = data.Targets
            .GroupBy(t => (t.Org, t.Metric))
            .ToDictionary(g => g.Key, g => g.OrderBy(t => t.Period).ToArray());
        this.sources = sources
            .GroupBy(s => s.File, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Sources = [.. this.sources.Values.OrderBy(s => s.File, StringComparer.Ordinal)];
    }

    /// <summary>Every declared data source, by file.</summary>
    public IReadOnlyList<DataSource> Sources { get; }

    /// <summary>Where the figure came from; throws <see cref="KeyNotFoundException"/> for an unknown organisation or metric.</summary>
    public FigureProvenance Lookup(FigureKey key)
    {
        var org = analysis.FindOrganisation(key.Org) ?? throw new KeyNotFoundException($"No organisation has the code '{key.Org}'.");
        var metric = analysis.FindMetric(key.Metric) ?? throw new KeyNotFoundException($"No metric has the id '{key.Metric}'.");
        return key.Series switch
        {
            FigureSeries.Target => TargetProvenance(key, metric),
            FigureSeries.Plan => SeriesProvenance(key, org, metric, plans, analysis.Plan(org.Code, metric.Id).At(key.Period), "plans"),
            _ => SeriesProvenance(key, org, metric, actuals, key.Period <= analysis.CutOff.Of(metric.Id) ? analysis.Actual(org.Code, metric.Id).At(key.Period) : DataValue.Missing, "actuals"),
        };
    }

    /// <summary>Shorthand for <see cref="Lookup(FigureKey)"/>.</summary>
    public FigureProvenance Lookup(string org, string metric, Period period, FigureSeries series = FigureSeries.Actual) =>
        Lookup(new FigureKey(org, metric, period, series));

    private FigureProvenance SeriesProvenance(FigureKey key, Organisation org, Metric metric, RowSet rows, DataValue value, string what)
    {
        if (rows.Has(org.Code, metric.Id))
        {
            return rows.At(org.Code, metric.Id, key.Period) is { } own
                ? Make(key, value, DerivationKind.Reported, $"Reported by {org.Code} in {own.Source.Path}", [Input(own)])
                : Make(key, value, DerivationKind.NotInData, $"{org.Code} has {what} for this measure but no line for {key.Period.ToLongDisplay()}", []);
        }

        var trusts = org.Type == OrgType.Icb ? analysis.TrustsOf(org.Code) : [];
        if (metric.IsRatio)
        {
            var (numerator, fromTrustsN) = Side(rows, org, trusts, metric.Numerator!, key.Period);
            var (denominator, fromTrustsD) = Side(rows, org, trusts, metric.Denominator!, key.Period);
            var scale = metric.Unit == Unit.Percent ? " × 100" : string.Empty;
            if (fromTrustsN || fromTrustsD)
            {
                var members = numerator.Concat(denominator).Select(i => i.Org).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return Make(key, value, DerivationKind.AggregatedRatio,
                    $"Worked out as the sum of {metric.Numerator} ÷ the sum of {metric.Denominator}{scale} over {Trusts(members)} (a ratio of sums, not an average of the trusts' ratios)",
                    [.. numerator, .. denominator]);
            }

            return numerator.Count + denominator.Count == 0
                ? Make(key, value, DerivationKind.NotInData, $"{org.Code} has no {metric.Numerator} or {metric.Denominator} lines for {key.Period.ToLongDisplay()}", [])
                : Make(key, value, DerivationKind.Ratio, $"Worked out as {metric.Numerator} ÷ {metric.Denominator}{scale} for {org.Code}", [.. numerator, .. denominator]);
        }

        if (org.Type == OrgType.Icb && metric.HasIcbFigure)
        {
            var contributors = trusts.Where(t => rows.Has(t.Code, metric.Id)).Select(t => t.Code).ToList();
            var inputs = contributors.Select(t => rows.At(t, metric.Id, key.Period)).OfType<Observation>().Select(Input).ToList();
            var rule = metric.Aggregate != AggregateRule.Mean ? "Sum" : metric.Weight is { } weight ? $"Mean weighted by {weight}" : "Average";
            return Make(key, value, DerivationKind.Aggregate,
                $"{rule} of the figures of {Trusts(contributors)}; a trust whose figure is not applicable is left out, and if any other has no figure the ICB has none",
                inputs);
        }

        return Make(key, value, DerivationKind.NotInData, $"There are no {what} for {org.Code} on this measure", []);
    }

    private static (List<ProvenanceInput> Inputs, bool FromTrusts) Side(RowSet rows, Organisation org, IReadOnlyList<Organisation> trusts, string metric, Period period)
    {
        if (org.Type != OrgType.Icb || rows.Has(org.Code, metric))
        {
            return (rows.At(org.Code, metric, period) is { } own ? [Input(own)] : [], false);
        }

        return (trusts.Where(t => rows.Has(t.Code, metric)).Select(t => rows.At(t.Code, metric, period)).OfType<Observation>().Select(Input).ToList(), true);
    }

    private FigureProvenance TargetProvenance(FigureKey key, Metric metric)
    {
        var value = analysis.Target(key.Org, metric.Id, key.Period) is { } t ? DataValue.Of(t) : DataValue.Missing;
        foreach (var (who, text) in new[] { (key.Org, $"{key.Org}'s own target"), (Everyone, "The target set for every organisation") })
        {
            if (targets.TryGetValue((who, metric.Id), out var list) && list.LastOrDefault(r => r.Period <= key.Period) is { } row)
            {
                return Make(key, value, DerivationKind.Reported, $"{text} in force from {row.Period.ToLongDisplay()}", [Input(row)]);
            }
        }

        return metric.Target is { } national
            ? new FigureProvenance(key, value, DerivationKind.NationalTarget,
                $"The national standard for {metric.Name} ({FigureFormat.Format(national, metric)}) in {metric.Source}",
                [new ProvenanceInput(Everyone, metric.Id, key.Period, DataValue.Of(national), metric.Source)], SourcesOf([metric.Source.Path]))
            : Make(key, value, DerivationKind.NotInData, "No target is set for this measure", []);
    }

    private FigureProvenance Make(FigureKey key, DataValue value, DerivationKind kind, string derivation, List<ProvenanceInput> inputs)
    {
        var ordered = inputs.OrderBy(i => i.Location.Path, StringComparer.Ordinal).ThenBy(i => i.Location.Line).ToList();
        return new FigureProvenance(key, value, kind, derivation, ordered, SourcesOf(ordered.Select(i => i.Location.Path)));
    }

    private List<DataSource> SourcesOf(IEnumerable<string> files) =>
        [.. files.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(f => sources.GetValueOrDefault(f)).OfType<DataSource>()];

    private static ProvenanceInput Input(Observation row) => new(row.Org, row.Metric, row.Period, row.Value, row.Source);

    private static string Trusts(List<string> codes) => codes.Count switch
    {
        0 => "no trusts",
        1 => $"1 trust ({codes[0]})",
        _ => string.Create(CultureInfo.InvariantCulture, $"{codes.Count} trusts ({string.Join(", ", codes)})"),
    };

    /// <summary>The rows of one file, by organisation, metric and month; the first of any duplicate wins, as in the analysis.</summary>
    /// <remarks>Each series is an array of row numbers by month, not a dictionary entry per row: a national portal has
    /// millions of rows, and the file's rows are read again only for the figures looked up.</remarks>
    private sealed class RowSet
    {
        private readonly ObservationTable rows;
        private readonly Dictionary<(string, string), (Period Start, int[] Months)> series = [];

        public RowSet(IReadOnlyList<Observation> rows, ActualsCutOff? cutOff)
        {
            this.rows = ObservationTable.Of(rows);
            var grouped = ObservationSeries.Of(this.rows, cutOff is null ? null : cutOff.Of);
            foreach (var (org, metric, start, months) in grouped.Series)
            {
                series[(this.rows.Code(org), this.rows.Code(metric))] = (start, months);
            }
        }

        public bool Has(string org, string metric) => series.ContainsKey((org, metric));

        public Observation? At(string org, string metric, Period period)
        {
            if (!series.TryGetValue((org, metric), out var found))
            {
                return null;
            }

            var i = period.MonthsSince(found.Start);
            return i >= 0 && i < found.Months.Length && found.Months[i] >= 0 ? rows[found.Months[i]] : null;
        }
    }
}
