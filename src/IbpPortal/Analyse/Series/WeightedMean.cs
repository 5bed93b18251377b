using IbpPortal.Model;

namespace IbpPortal.Analyse.Series;

/// <summary>An ICB figure as the mean of its trusts' figures weighted by a count (Σ weight × value ÷ Σ weight), such as occupancy weighted by beds.</summary>
/// <remarks>Absent values follow <see cref="SeriesDeriver"/>: a not-applicable trust is left out that month; any other trust
/// without a value, or with a value but no weight, makes the month absent. A month whose weights sum to zero is missing.</remarks>
internal static class WeightedMean
{
    /// <summary>The weighted mean month by month; <paramref name="weights"/>[i] weights <paramref name="values"/>[i].</summary>
    public static MonthlySeries Of(IReadOnlyList<MonthlySeries> values, IReadOnlyList<MonthlySeries> weights)
    {
        if (values.Count == 0)
        {
            return MonthlySeries.Empty;
        }

        var start = values.Min(s => s.Start);
        var end = values.Max(s => s.End);
        return MonthlySeries.Build(start, end, period => Month(values, weights, period));
    }

    private static DataValue Month(IReadOnlyList<MonthlySeries> values, IReadOnlyList<MonthlySeries> weights, Period period)
    {
        var weighted = 0.0;
        var total = 0.0;
        var absent = ValueKind.Value;
        var any = false;
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i].At(period);
            if (value.Kind == ValueKind.NotApplicable)
            {
                continue;
            }

            any = true;
            var weight = weights[i].At(period);
            if (value.HasValue && weight.HasValue)
            {
                weighted += weight.Number * value.Number;
                total += weight.Number;
            }
            else
            {
                absent = AbsentKinds.MostInformative(absent, value.HasValue ? (weight.Kind == ValueKind.Value ? ValueKind.Missing : weight.Kind) : value.Kind);
            }
        }

        if (!any)
        {
            return DataValue.NotApplicable;
        }

        if (absent != ValueKind.Value)
        {
            return AbsentKinds.Of(absent);
        }

        return total == 0 ? DataValue.Missing : DataValue.Of(weighted / total);
    }
}
