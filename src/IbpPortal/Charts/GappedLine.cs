using IbpPortal.Model;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Draws a monthly series as separate line pieces between absent months, so a gap is never bridged or dropped to zero.</summary>
internal static class GappedLine
{
    /// <summary>Adds one line per run of consecutive months with values; returns the number of pieces drawn.</summary>
    /// <param name="markerSize">Dots on each value, or 0 for none.</param>
    public static int Add(Plot plot, Period first, IReadOnlyList<SeriesPoint> points, string colour, float width, bool dashed = false, float markerSize = 0, string? legend = null)
    {
        var pieces = 0;
        var run = new List<Coordinates>();
        foreach (var point in points.OrderBy(p => p.Period))
        {
            if (point.Value.HasValue && double.IsFinite(point.Value.Number))
            {
                run.Add(new Coordinates(MonthAxis.X(first, point.Period), point.Value.Number));
                continue;
            }

            pieces += Flush(plot, run, colour, width, dashed, markerSize, pieces == 0 ? legend : null);
        }

        pieces += Flush(plot, run, colour, width, dashed, markerSize, pieces == 0 ? legend : null);
        return pieces;
    }

    private static int Flush(Plot plot, List<Coordinates> run, string colour, float width, bool dashed, float markerSize, string? legend)
    {
        if (run.Count == 0)
        {
            return 0;
        }

        if (dashed && run.Count > 1)
        {
            DashedLines.Add(plot, [run.ToArray()], colour, width).LegendText = legend;
            run.Clear();
            return 1;
        }

        var scatter = plot.Add.ScatterLine(run.ToArray(), ChartTheme.Colour(colour));
        scatter.LineWidth = width;
        if (markerSize > 0 || run.Count == 1)
        {
            // A lone month between gaps has no line to show, so it always gets a dot.
            scatter.MarkerShape = MarkerShape.FilledCircle;
            scatter.MarkerSize = Math.Max(markerSize, 5);
        }

        if (legend is not null)
        {
            scatter.LegendText = legend;
        }

        run.Clear();
        return 1;
    }
}
