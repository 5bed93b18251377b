using IbpPortal.Analyse.Series;
using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>A volume divided by its declared size measure (<see cref="Metric.Per"/>), so organisations of different size can be ranked.</summary>
internal static class SizeMeasure
{
    /// <summary>The rate a volume is ranked on ("Formal complaints received per 100 G&amp;A beds available"); null for a metric without <c>per</c>.</summary>
    public static Metric? For(Metric metric, IReadOnlyList<Metric> metrics)
    {
        if (metric.Per is not { } perId || metrics.FirstOrDefault(m => m.Id == perId) is not { } per)
        {
            return null;
        }

        var scale = metric.PerScale == 1 ? string.Empty : FormattableString.Invariant($"{metric.PerScale:#,0.##} ");
        return metric with
        {
            Name = $"{metric.Name} per {scale}{Lower(per.Name)}{(metric.Unit == Unit.Gbp ? " (£)" : string.Empty)}",
            Unit = Unit.Rate,
            Decimals = metric.Unit == Unit.Gbp ? 0 : 2,
            Per = null,
        };
    }

    /// <summary>The organisation's series to rank: value ÷ size × scale month by month for a metric with <c>per</c>, else its own series.</summary>
    public static MonthlySeries Series(Metric metric, DerivedSeries actuals, string org)
    {
        var own = actuals.Get(org, metric.Id);
        if (metric.Per is not { } per || own.IsEmpty)
        {
            return own;
        }

        var size = actuals.Get(org, per);
        return MonthlySeries.Build(own.Start, own.End, p => SeriesDeriver.Divide(own.At(p), size.At(p), metric.PerScale));
    }

    private static string Lower(string name) => name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1])
        ? char.ToLowerInvariant(name[0]) + name[1..]
        : name;
}
