using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>The axis limits of our own plottables, from the coordinates they draw.</summary>
internal static class PlottableLimits
{
    /// <summary>The smallest box around <paramref name="points"/>, or no limits when there are none.</summary>
    public static AxisLimits Around(IEnumerable<Coordinates> points)
    {
        var all = points.ToList();
        return all.Count == 0
            ? AxisLimits.NoLimits
            : new AxisLimits(all.Min(c => c.X), all.Max(c => c.X), all.Min(c => c.Y), all.Max(c => c.Y));
    }
}
