using IbpPortal.Analyse.Series;
using IbpPortal.Model;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Draws a monthly series as separate line pieces between absent months, so a gap is never bridged or dropped to zero.</summary>
/// <remarks>The series' dots, on every value or only on lone months, are one <see cref="Dots"/> drawn over all its pieces.</remarks>
internal static class GappedLine
{
    /// <summary>Adds one line per run of consecutive months with values; returns the number of pieces drawn.</summary>
    /// <param name="markerSize">Dots on each value, or 0 for none.</param>
    public static int Add(Plot plot, Period first, IReadOnlyList<SeriesPoint> points, string colour, float width, bool dashed = false, float markerSize = 0)
    {
        var pieces = 0;
        var run = new List<Coordinates>();
        var dots = new Dots();
        foreach (var point in points.OrderBy(p => p.Period))
        {
            if (point.Value.HasValue && double.IsFinite(point.Value.Number))
            {
                run.Add(new Coordinates(MonthAxis.X(first, point.Period), point.Value.Number));
                continue;
            }

            pieces += Flush(plot, dots, run, colour, width, dashed, markerSize);
        }

        pieces += Flush(plot, dots, run, colour, width, dashed, markerSize);
        if (!dots.IsEmpty)
        {
            plot.PlottableList.Add(dots);
        }

        return pieces;
    }

    private static int Flush(Plot plot, Dots dots, List<Coordinates> run, string colour, float width, bool dashed, float markerSize)
    {
        if (run.Count == 0)
        {
            return 0;
        }

        if (dashed && run.Count > 1)
        {
            DashedLines.Add(plot, [run.ToArray()], colour, width);
            run.Clear();
            return 1;
        }

        var scatter = plot.Add.ScatterLine(run.ToArray(), ChartTheme.Colour(colour));
        scatter.LineWidth = width;
        var dotted = markerSize > 0 || run.Count == 1;
        if (dotted)
        {
            // A lone month between gaps has no line to show, so it always gets a dot.
            var size = Math.Max(markerSize, 5);
            dots.Add(run, size, ChartTheme.Colour(colour));
        }

        run.Clear();
        return 1;
    }
}
