using IbpPortal.Load.Data;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>Turns rows of <c>actuals.csv</c> or <c>plans.csv</c> into complete monthly series, adding computed ratios and ICB aggregates.</summary>
/// <remarks>
/// <para>Rows are used as given. A month between an organisation's first and last row with no row is missing.</para>
/// <para>A ratio metric is computed month by month from its numerator and denominator count series when the
/// organisation has no rows of its own for it: value = numerator ÷ denominator (× 100 for a percent). It is
/// absent when either side is absent (carrying the more informative kind, see <see cref="AbsentKinds"/>) and
/// missing when the denominator is zero.</para>
/// <para>An ICB with no rows of its own for a metric gets a figure aggregated from its trusts. The trusts that
/// take part are those with at least one row for the metric (a trust with none is taken not to provide the
/// service). For each month, a trust whose value is not applicable is left out; if any other trust has no
/// number that month (missing, suppressed, or outside its own run of months) the ICB value is absent too,
/// never a partial total. Sum adds, Mean averages (weighted by the metric's <c>weight</c> count when it has one;
/// a percentage or rate without a weight gets no ICB figure, see <see cref="Metric.HasIcbFigure"/>), None gives
/// no ICB figure; a ratio metric is the ratio of the summed numerator and summed denominator, never the mean of
/// the trusts' ratios.</para>
/// </remarks>
internal static class SeriesDeriver
{
    /// <summary>Derives all series from <paramref name="rows"/>, ignoring each measure's rows after its cut-off when one is given.</summary>
    public static DerivedSeries Derive(
        IReadOnlyList<Organisation> organisations,
        IReadOnlyList<Metric> metrics,
        IReadOnlyList<Observation> rows,
        ActualsCutOff? cutOff)
    {
        var raw = Raw(rows, cutOff);
        var values = new Dictionary<OrgMetricKey, MonthlySeries>(raw);
        var parts = new Dictionary<OrgMetricKey, RatioParts>();
        var trusts = organisations.Where(o => o.Type == OrgType.Trust).ToList();
        var trustsByIcb = trusts
            .Where(t => t.Icb is not null)
            .GroupBy(t => t.Icb!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Code).ToList(), StringComparer.Ordinal);

        // Trusts first: an ICB's ratio needs its trusts' counts, never their ratios.
        foreach (var metric in metrics.Where(m => m.IsRatio))
        {
            foreach (var trust in trusts)
            {
                AddRatio(values, parts, trust.Code, metric, raw.GetValueOrDefault(new(trust.Code, metric.Numerator!)), raw.GetValueOrDefault(new(trust.Code, metric.Denominator!)));
            }
        }

        foreach (var icb in organisations.Where(o => o.Type == OrgType.Icb))
        {
            var members = trustsByIcb.GetValueOrDefault(icb.Code) ?? [];
            foreach (var metric in metrics)
            {
                var key = new OrgMetricKey(icb.Code, metric.Id);
                if (raw.ContainsKey(key))
                {
                    continue;
                }

                if (metric.IsRatio)
                {
                    var numerator = OwnOrSum(raw, icb.Code, members, metric.Numerator!);
                    var denominator = OwnOrSum(raw, icb.Code, members, metric.Denominator!);
                    AddRatio(values, parts, icb.Code, metric, numerator, denominator);
                }
                else if (metric.HasIcbFigure)
                {
                    var contributors = Contributors(raw, members, metric.Id);
                    var aggregate = metric.Weight is { } weight
                        ? WeightedMean.Of(contributors, Weights(raw, members, metric.Id, weight))
                        : Aggregate(contributors, metric.Aggregate);
                    if (!aggregate.IsEmpty)
                    {
                        values[key] = aggregate;
                    }
                }
            }
        }

        return new DerivedSeries(values, parts);
    }

    /// <summary>Combines trusts' series month by month by the sum or mean rule described on the class.</summary>
    internal static MonthlySeries Aggregate(IReadOnlyList<MonthlySeries> contributors, AggregateRule rule)
    {
        if (contributors.Count == 0)
        {
            return MonthlySeries.Empty;
        }

        var start = contributors.Min(s => s.Start);
        var end = contributors.Max(s => s.End);
        return MonthlySeries.Build(start, end, period =>
        {
            var total = 0.0;
            var count = 0;
            var absent = ValueKind.Value;
            var allNotApplicable = true;
            foreach (var series in contributors)
            {
                var value = series.At(period);
                if (value.Kind == ValueKind.NotApplicable)
                {
                    continue;
                }

                allNotApplicable = false;
                if (value.HasValue)
                {
                    total += value.Number;
                    count++;
                }
                else
                {
                    absent = AbsentKinds.MostInformative(absent, value.Kind);
                }
            }

            if (allNotApplicable)
            {
                return DataValue.NotApplicable;
            }

            if (absent != ValueKind.Value)
            {
                return AbsentKinds.Of(absent);
            }

            return DataValue.Of(rule == AggregateRule.Mean ? total / count : total);
        });
    }

    /// <summary>numerator ÷ denominator month by month (× 100 for a percent), absent as described on the class.</summary>
    internal static MonthlySeries Ratio(MonthlySeries numerator, MonthlySeries denominator, Unit unit)
    {
        if (numerator.IsEmpty && denominator.IsEmpty)
        {
            return MonthlySeries.Empty;
        }

        var start = numerator.IsEmpty ? denominator.Start : denominator.IsEmpty ? numerator.Start : Min(numerator.Start, denominator.Start);
        var end = numerator.IsEmpty ? denominator.End : denominator.IsEmpty ? numerator.End : Max(numerator.End, denominator.End);
        var scale = unit == Unit.Percent ? 100.0 : 1.0;
        return MonthlySeries.Build(start, end, period => Divide(numerator.At(period), denominator.At(period), scale));
    }

    /// <summary>One month's ratio: absent when either side is absent, missing when the denominator is zero.</summary>
    internal static DataValue Divide(DataValue numerator, DataValue denominator, double scale)
    {
        if (numerator.HasValue && denominator.HasValue)
        {
            return denominator.Number == 0 ? DataValue.Missing : DataValue.Of(numerator.Number / denominator.Number * scale);
        }

        return AbsentKinds.Of(AbsentKinds.MostInformative(numerator.Kind, denominator.Kind));
    }

    private static Dictionary<OrgMetricKey, MonthlySeries> Raw(IReadOnlyList<Observation> rows, ActualsCutOff? cutOff)
    {
        // Only each row's month and value are kept: the rows themselves may be made on reading (see ObservationTable).
        var table = ObservationTable.Of(rows);
        var grouped = ObservationSeries.Of(table, cutOff is null ? null : cutOff.Of);
        var values = table.Values;
        var result = new Dictionary<OrgMetricKey, MonthlySeries>(grouped.Series.Count);
        foreach (var (org, metric, start, months) in grouped.Series)
        {
            // Validation reports duplicate keys; should one slip through, the first row wins.
            var series = new DataValue[months.Length];
            for (var i = 0; i < months.Length; i++)
            {
                series[i] = months[i] >= 0 ? values[months[i]] : DataValue.Missing;
            }

            result[new OrgMetricKey(table.Code(org), table.Code(metric))] = new MonthlySeries(start, series);
        }

        return result;
    }

    private static void AddRatio(
        Dictionary<OrgMetricKey, MonthlySeries> values,
        Dictionary<OrgMetricKey, RatioParts> parts,
        string org,
        Metric metric,
        MonthlySeries? numerator,
        MonthlySeries? denominator)
    {
        var key = new OrgMetricKey(org, metric.Id);
        if (values.ContainsKey(key))
        {
            return;
        }

        numerator ??= MonthlySeries.Empty;
        denominator ??= MonthlySeries.Empty;
        var ratio = Ratio(numerator, denominator, metric.Unit);
        if (!ratio.IsEmpty)
        {
            values[key] = ratio;
            parts[key] = new RatioParts(numerator, denominator);
        }
    }

    private static MonthlySeries OwnOrSum(Dictionary<OrgMetricKey, MonthlySeries> raw, string icb, List<string> members, string metric) =>
        raw.TryGetValue(new OrgMetricKey(icb, metric), out var own) ? own : Aggregate(Contributors(raw, members, metric), AggregateRule.Sum);

    private static List<MonthlySeries> Contributors(Dictionary<OrgMetricKey, MonthlySeries> raw, List<string> members, string metric)
    {
        var result = new List<MonthlySeries>(members.Count);
        foreach (var member in members)
        {
            if (raw.TryGetValue(new OrgMetricKey(member, metric), out var series))
            {
                result.Add(series);
            }
        }

        return result;
    }

    /// <summary>Each contributing trust's weight series, in the order of <see cref="Contributors"/>.</summary>
    private static List<MonthlySeries> Weights(Dictionary<OrgMetricKey, MonthlySeries> raw, List<string> members, string metric, string weight)
    {
        var result = new List<MonthlySeries>(members.Count);
        foreach (var member in members)
        {
            if (raw.ContainsKey(new OrgMetricKey(member, metric)))
            {
                result.Add(raw.GetValueOrDefault(new OrgMetricKey(member, weight)) ?? MonthlySeries.Empty);
            }
        }

        return result;
    }

    private static Period Min(Period a, Period b) => a <= b ? a : b;

    private static Period Max(Period a, Period b) => a >= b ? a : b;
}
