using IbpPortal.Analyse.Spc;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Lays out a Making Data Count SPC chart: data line with coloured points, mean and limits per segment, target.</summary>
/// <remarks>
/// Absent months are gaps in the line with no point. Mean and limits are drawn per segment and never joined across a
/// re-base. A target that changes over time is drawn as a stepped line. A segment with too few points for reliable limits
/// carries the note <see cref="ProvisionalNote"/> on the chart.
/// </remarks>
public static class SpcChartBuilder
{
    /// <summary>The words drawn on a chart with an unreliable segment.</summary>
    public const string ProvisionalNote = "Fewer than 13 points: limits are provisional";

    /// <summary>Lays the chart out at <paramref name="size"/> (the web size when null) and records it.</summary>
    public static ChartDrawing Build(SpcChartData data, ChartSize? size = null)
    {
        var chartSize = size ?? ChartTheme.WebSize;
        var points = data.Spc.Points.OrderBy(p => p.Period).ToList();
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        if (points.Count == 0)
        {
            return ChartDrawing.Record(plot, chartSize, data.Title + ": SPC chart", SpcDescription.Describe(data));
        }

        var first = points[0].Period;
        var series = points.Select(p => new SeriesPoint(p.Period, p.Value)).ToList();
        GappedLine.Add(plot, first, series, ChartTheme.CommonCause, 1.5f);

        foreach (var segment in points.GroupBy(p => p.Segment).OrderBy(g => g.Key))
        {
            AddSegmentLines(plot, first, segment.ToList());
        }

        AddTarget(plot, first, points);
        AddPoints(plot, first, points);

        var (low, high) = ValueAxis.Range(points.SelectMany(p => new[]
        {
            p.Value.HasValue ? p.Value.Number : double.NaN, p.Upl ?? double.NaN, p.Lpl ?? double.NaN, p.Target ?? double.NaN,
        }), data.Spc.Segments.Any(s => s.Unreliable) ? 0.2 : 0.08);
        plot.Axes.SetLimits(-0.5, points.Count - 0.5, low, high);
        AddProvisionalNote(plot, first, data.Spc.Segments, high, points.Count);

        MonthAxis.Apply(plot, first, points[^1].Period.MonthsSince(first) + 1, chartSize.Width, data.Metric.Frequency);
        ValueAxis.ApplyLeft(plot, data.Metric.Unit, low, high, chartSize.Height);
        LeanDrawing.Apply(plot);
        return ChartDrawing.Record(plot, chartSize, data.Title + ": SPC chart", SpcDescription.Describe(data));
    }

    private static void AddSegmentLines(Plot plot, Model.Period first, List<SpcPoint> segment)
    {
        var x1 = MonthAxis.X(first, segment[0].Period) - 0.3;
        var x2 = MonthAxis.X(first, segment[^1].Period) + 0.3;
        var last = segment[^1];
        if (last.Mean is { } mean)
        {
            var line = plot.Add.Line(x1, mean, x2, mean);
            line.Color = ChartTheme.Colour(ChartTheme.TextBlack);
            line.LineWidth = 1.2f;
        }

        var limits = new[] { last.Upl, last.Lpl }
            .OfType<double>()
            .Select(v => new[] { new Coordinates(x1, v), new Coordinates(x2, v) })
            .ToList();
        DashedLines.Add(plot, limits, ChartTheme.DarkGrey, 1.2f);
    }

    private static void AddTarget(Plot plot, Model.Period first, List<SpcPoint> points)
    {
        // One stepped line per stretch of months with a target; each month's target spans its own half-month either side.
        var run = new List<Coordinates>();
        foreach (var point in points)
        {
            if (point.Target is { } target)
            {
                var x = MonthAxis.X(first, point.Period);
                run.Add(new Coordinates(x - 0.5, target));
                run.Add(new Coordinates(x + 0.5, target));
                continue;
            }

            FlushTarget(plot, run);
        }

        FlushTarget(plot, run);
    }

    private static void FlushTarget(Plot plot, List<Coordinates> run)
    {
        if (run.Count == 0)
        {
            return;
        }

        DashedLines.Add(plot, [run.ToArray()], ChartTheme.Target, 1.5f);
        run.Clear();
    }

    private static void AddPoints(Plot plot, Model.Period first, List<SpcPoint> points)
    {
        // One path of dots per colour, common cause first so that signals are drawn on top.
        var dots = new Dots();
        foreach (var cause in new[] { SpecialCause.None, SpecialCause.Neither, SpecialCause.Concern, SpecialCause.Improvement })
        {
            var coordinates = points
                .Where(p => p.SpecialCause == cause && p.Value.HasValue && double.IsFinite(p.Value.Number))
                .Select(p => new Coordinates(MonthAxis.X(first, p.Period), p.Value.Number));
            dots.Add(coordinates, cause == SpecialCause.None ? 6 : 8, ChartTheme.Colour(ChartTheme.SpecialCauseColour(cause)));
        }

        plot.PlottableList.Add(dots);
    }

    private static void AddProvisionalNote(Plot plot, Model.Period first, IReadOnlyList<SpcSegment> segments, double top, int months)
    {
        var unreliable = segments.Where(s => s.Unreliable).OrderBy(s => s.Start).FirstOrDefault();
        if (unreliable is null)
        {
            return;
        }

        // Over the unreliable segment, kept inside the plot: a segment in the right half gets a right-aligned note.
        var start = MonthAxis.X(first, unreliable.Start);
        var rightHalf = start > months / 2.0;
        var note = plot.Add.Text(ProvisionalNote, rightHalf ? months - 0.6 : start - 0.4, top);
        note.LabelFontSize = ChartTheme.NoteFontSize;
        note.LabelFontColor = ChartTheme.Colour(ChartTheme.TextBlack);
        note.LabelAlignment = rightHalf ? Alignment.UpperRight : Alignment.UpperLeft;
        note.OffsetY = 4;
    }
}
