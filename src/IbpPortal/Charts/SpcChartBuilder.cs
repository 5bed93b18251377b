using IbpPortal.Analyse.Series;
using IbpPortal.Analyse.Spc;
using ScottPlot;

namespace IbpPortal.Charts;

/// <summary>Lays out a Making Data Count SPC chart: data line with coloured points, mean and limits per segment, target, plan, re-bases and a key.</summary>
/// <remarks>
/// Absent months are gaps in the line with no point. Mean and limits are drawn per segment and never joined across a
/// re-base; each re-base is a solid vertical line labelled with its reason. A target that changes over time is drawn as a
/// stepped line. Every line has its own pattern as well as colour (solid mean, dotted limits, long-dashed target,
/// dash-dot plan), named in the key above the chart. A segment with too few points for reliable limits carries the note
/// <see cref="ProvisionalNote"/> on the chart.
/// </remarks>
public static class SpcChartBuilder
{
    /// <summary>The words drawn on a chart with an unreliable segment.</summary>
    public const string ProvisionalNote = "Fewer than 13 points: limits are provisional";

    /// <summary>The same note on a phone's narrower chart.</summary>
    public const string CompactProvisionalNote = "Provisional limits";

    /// <summary>Lays the chart out at <paramref name="size"/> (the web size when null) and records it.</summary>
    public static ChartDrawing Build(SpcChartData data, ChartSize? size = null)
    {
        var chartSize = size ?? ChartTheme.WebSize;
        var points = data.Spc.Points.OrderBy(p => p.Period).ToList();
        using var plot = new Plot();
        ChartTheme.Apply(plot);
        if (points.Count == 0)
        {
            return ChartDrawing.Record(plot, chartSize, data.Title + ": SPC chart", () => SpcDescription.Describe(data));
        }

        var first = points[0].Period;
        var series = points.Select(p => new SeriesPoint(p.Period, p.Value)).ToList();
        GappedLine.Add(plot, first, series, ChartTheme.CommonCause, 1.5f);

        foreach (var segment in points.GroupBy(p => p.Segment).OrderBy(g => g.Key))
        {
            AddSegmentLines(plot, first, segment.ToList());
        }

        AddTarget(plot, first, points);
        var plan = data.PlanInRange;
        AddPlan(plot, first, plan);
        AddPoints(plot, first, points);

        var rebases = data.RebasesInRange;
        var notes = rebases.Count > 0 || data.Spc.Segments.Any(s => s.Unreliable);
        var (low, high) = ValueAxis.Range(points.SelectMany(p => new[]
        {
            p.Value.HasValue ? p.Value.Number : double.NaN, p.Upl ?? double.NaN, p.Lpl ?? double.NaN, p.Target ?? double.NaN,
        }).Concat(plan.Select(p => p.Value.Number)), notes ? (rebases.Count > 0 && data.Spc.Segments.Any(s => s.Unreliable) ? 0.35 : 0.2) : 0.08);
        var months = points[^1].Period.MonthsSince(first) + 1;
        plot.Axes.SetLimits(-0.5, months - 0.5, low, high);
        var compact = PhoneChart.IsCompact(chartSize);
        // Only a phone's chart leaves the re-base's reason to its text; a print chart, small as it is, keeps it.
        AddRebases(plot, first, rebases, low, high, months, compact: chartSize.Width <= PhoneChart.Size.Width);
        AddProvisionalNote(plot, first, data.Spc.Segments, high, months, rebases.Count > 0, compact);

        MonthAxis.Apply(plot, first, months, chartSize.Width, data.Metric.Frequency);
        ValueAxis.ApplyLeft(plot, data.Metric.Unit, low, high, chartSize.Height, data.Metric);
        // The key wraps to the data area's width (the chart less its value axis).
        ChartKey.Add(plot, Key(points, plan.Count > 0, rebases.Count > 0), chartSize.Width - ValueAxis.LeftAllowance);
        LeanDrawing.Apply(plot);
        return ChartDrawing.Record(plot, chartSize, data.Title + ": SPC chart", () => SpcDescription.Describe(data));
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
        DashedLines.Add(plot, limits, ChartTheme.DarkGrey, 1.2f, ChartTheme.LimitPattern);
    }

    /// <summary>The key's entries for the lines this chart draws.</summary>
    private static List<KeyItem> Key(List<SpcPoint> points, bool plan, bool rebases)
    {
        var items = new List<KeyItem>();
        if (points.Any(p => p.Mean.HasValue))
        {
            items.Add(new("Mean", ChartTheme.TextBlack, 1.2f));
        }

        if (points.Any(p => p.Upl.HasValue || p.Lpl.HasValue))
        {
            items.Add(new("Process limits", ChartTheme.DarkGrey, 1.2f, ChartTheme.LimitPattern));
        }

        if (points.Any(p => p.Target.HasValue))
        {
            items.Add(new("Target", ChartTheme.Target, 1.5f, ChartTheme.TargetPattern));
        }

        if (plan)
        {
            items.Add(new("Plan", ChartTheme.Plan, 1.5f, ChartTheme.PlanPattern));
        }

        if (rebases)
        {
            items.Add(new("Re-base", ChartTheme.Rebase, 1f));
        }

        return items;
    }

    private static void AddPlan(Plot plot, Model.Period first, IReadOnlyList<SeriesPoint> plan)
    {
        // One dash-dot line per run of consecutive planned months; a month without a plan breaks it.
        var runs = new List<Coordinates[]>();
        var run = new List<Coordinates>();
        Model.Period? previous = null;
        foreach (var point in plan)
        {
            if (!point.Value.HasValue || !double.IsFinite(point.Value.Number) || (previous is { } p && point.Period.MonthsSince(p) > 1))
            {
                if (run.Count > 0)
                {
                    runs.Add([.. run]);
                }

                run.Clear();
            }

            if (point.Value.HasValue && double.IsFinite(point.Value.Number))
            {
                run.Add(new Coordinates(MonthAxis.X(first, point.Period), point.Value.Number));
            }

            previous = point.Period;
        }

        if (run.Count > 0)
        {
            runs.Add([.. run]);
        }

        // A lone planned month is drawn as a short level stroke across its month, so it is seen.
        var drawn = runs.Select(r => r.Length == 1 ? [new Coordinates(r[0].X - 0.4, r[0].Y), new Coordinates(r[0].X + 0.4, r[0].Y)] : r).ToList();
        if (drawn.Count > 0)
        {
            DashedLines.Add(plot, drawn, ChartTheme.Plan, 1.5f, ChartTheme.PlanPattern);
        }
    }

    private static void AddRebases(Plot plot, Model.Period first, IReadOnlyList<Model.Rebase> rebases, double low, double high, int months, bool compact)
    {
        foreach (var rebase in rebases)
        {
            // Between the last month of the old segment and the first of the new one.
            var x = MonthAxis.X(first, rebase.Period) - 0.5;
            var line = plot.Add.Line(x, low, x, high);
            line.Color = ChartTheme.Colour(ChartTheme.Rebase);
            line.LineWidth = 1f;

            // The reason beside the line at the top, on the side with more room; a phone's chart leaves the reason to its text.
            var right = x < months / 2.0;
            var label = plot.Add.Text(compact ? "Re-based" : "Re-based: " + rebase.Reason.TrimEnd('.'), right ? x + 0.2 : x - 0.2, high);
            label.LabelFontSize = ChartTheme.NoteFontSize;
            label.LabelFontColor = ChartTheme.Colour(ChartTheme.TextBlack);
            label.LabelAlignment = right ? Alignment.UpperLeft : Alignment.UpperRight;
            label.OffsetY = 4;
        }
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

        DashedLines.Add(plot, [run.ToArray()], ChartTheme.Target, 1.5f, ChartTheme.TargetPattern);
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

    private static void AddProvisionalNote(Plot plot, Model.Period first, IReadOnlyList<SpcSegment> segments, double top, int months, bool belowRebase, bool compact)
    {
        var unreliable = segments.Where(s => s.Unreliable).OrderBy(s => s.Start).FirstOrDefault();
        if (unreliable is null)
        {
            return;
        }

        // Over the unreliable segment, kept inside the plot: a segment in the right half gets a right-aligned note. Under a
        // re-base's label, the note lines up with it beside the re-base line, so that it never crosses the line.
        var start = MonthAxis.X(first, unreliable.Start);
        var rightHalf = start > months / 2.0;
        var x = belowRebase ? (rightHalf ? start - 0.7 : start - 0.3) : (rightHalf ? months - 0.6 : start - 0.4);
        var note = plot.Add.Text(compact ? CompactProvisionalNote : ProvisionalNote, x, top);
        note.LabelFontSize = ChartTheme.NoteFontSize;
        note.LabelFontColor = ChartTheme.Colour(ChartTheme.TextBlack);
        note.LabelAlignment = rightHalf ? Alignment.UpperRight : Alignment.UpperLeft;
        note.OffsetY = belowRebase ? 20 : 4;
    }
}
