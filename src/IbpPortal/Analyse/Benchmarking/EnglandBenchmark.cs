using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Compares an organisation with every provider in a scope of England (portal and context organisations alike).</summary>
/// <remarks>Ranks follow the improvement direction with standard competition ranking, as <see cref="Benchmarker"/> does;
/// quartile cut points are QUARTILE.INC, and a value on a cut point belongs to the better quartile. The rank and quartile are
/// withheld for a measure of size (a count, £ or WTE: England has no size measure to divide it by) or with neutral
/// improvement, and when fewer than <see cref="MinimumPeers"/> providers have a figure.</remarks>
public static class EnglandBenchmark
{
    /// <summary>Fewest providers with a figure for a rank to be given.</summary>
    public const int MinimumPeers = 5;

    /// <summary>The comparison of <paramref name="org"/> among <paramref name="entries"/> (the whole scope) in <paramref name="period"/>.</summary>
    public static EnglandComparison Compare(Metric metric, Period period, string org, string scope, IReadOnlyList<EnglandEntry> entries)
    {
        var values = entries.Where(e => e.Value.HasValue).ToList();
        var ascending = values.Select(e => e.Value.Number).Order().ToList();
        var own = entries.FirstOrDefault(e => e.Code == org)?.Value ?? DataValue.Missing;
        int? rank = null;
        if (own.HasValue && metric.Improvement != Improvement.Neutral && !metric.IsVolume && values.Count >= MinimumPeers)
        {
            var better = metric.Improvement == Improvement.Decrease
                ? values.Count(e => e.Value.Number < own.Number)
                : values.Count(e => e.Value.Number > own.Number);
            rank = better + 1;
        }

        double? median = ascending.Count > 0 ? Quartiles.Median(ascending) : null;
        double? lower = ascending.Count > 0 ? Quartiles.Inclusive(ascending, 0.25) : null;
        double? upper = ascending.Count > 0 ? Quartiles.Inclusive(ascending, 0.75) : null;
        return new EnglandComparison(scope, period, values.Count, rank, median, lower, upper, own)
        {
            Quartile = rank is null ? null : Benchmarker.QuartileOf(own.Number, lower!.Value, median!.Value, upper!.Value, metric.Improvement == Improvement.Decrease),
        };
    }
}
