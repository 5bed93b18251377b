using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>The light guide lines of a dot plot that lead the eye from a row's name across to its dots.</summary>
/// <remarks>
/// Solid and pale, one stroke per row, all in one path. They were dotted (2-pixel dashes), which cost one SVG path
/// segment per dash: 26,000 segments and 734 KB in one ranking of 210 trusts. A row with no name (a ranking of more
/// organisations than can be named) has nothing to lead from, so it gets no line.
/// </remarks>
internal static class LeaderLines
{
    /// <summary>Adds a line from <paramref name="low"/> to <paramref name="high"/> at each of <paramref name="rows"/> (y in axis units).</summary>
    public static void Add(Plot plot, IEnumerable<double> rows, double low, double high)
    {
        var lines = rows.Select(y => new[] { new Coordinates(low, y), new Coordinates(high, y) }).ToList();
        if (lines.Count > 0)
        {
            DashedLines.Add(plot, lines, ChartTheme.PaleGrey, 1f, DashedLines.Solid);
        }
    }
}
