using IbpPortal.Model;

namespace IbpPortal.Analyse.Benchmarking;

/// <summary>Compares an organisation with every provider in a scope of England (portal and context organisations alike).</summary>
/// <remarks>Ranks follow the improvement direction with standard competition ranking, as <see cref="Benchmarker"/> does;
/// quartile cut points are QUARTILE.INC. The rank is withheld for volume measures (neutral improvement: a count is no
/// judgement) and when fewer than <see cref="MinimumPeers"/> providers have a figure.</remarks>
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
        if (own.HasValue && metric.Improvement != Improvement.Neutral && values.Count >= MinimumPeers)
        {
            var better = metric.Improvement == Improvement.Decrease
                ? values.Count(e => e.Value.Number < own.Number)
                : values.Count(e => e.Value.Number > own.Number);
            rank = better + 1;
        }

        return new EnglandComparison(
            scope,
            period,
            values.Count,
            rank,
            ascending.Count > 0 ? Quartiles.Median(ascending) : null,
            ascending.Count > 0 ? Quartiles.Inclusive(ascending, 0.25) : null,
            ascending.Count > 0 ? Quartiles.Inclusive(ascending, 0.75) : null,
            own);
    }
}
