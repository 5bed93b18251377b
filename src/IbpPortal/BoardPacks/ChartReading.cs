using IbpPortal.Analyse;
using IbpPortal.Analyse.Exceptions;
using IbpPortal.Analyse.Gaps;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.BoardPacks;

/// <summary>"What the chart tells us" for an exception report: the current segment, its signals and their months, and the position against target and plan.</summary>
internal static class ChartReading
{
    /// <summary>Three or four plain lines derived from the measure's SPC result and scorecard line.</summary>
    public static List<string> Lines(PackContext pack, ExceptionFinding finding)
    {
        var row = finding.Row;
        var metric = row.Metric;
        var spc = pack.Analysis.Spc(pack.Org.Code, metric.Id);
        var lines = new List<string>();
        if (spc.Segments.Count > 0 && spc.Segments[^1] is { Mean: { } mean } segment)
        {
            var limits = segment.Lpl is { } lpl && segment.Upl is { } upl
                ? $", with process limits of {FigureFormat.Format(lpl, metric)} to {FigureFormat.Format(upl, metric)}"
                : string.Empty;
            lines.Add($"Since {segment.Start.ToShortDisplay()} ({segment.ValueCount} months{(spc.Segments.Count > 1 ? ", after a re-base" : string.Empty)}) the average is {FigureFormat.Format(mean, metric)}{limits}."
                + (segment.Unreliable ? " With fewer than 13 points, the limits are provisional." : string.Empty));
        }

        lines.AddRange(Signals(spc, metric));
        if (row.Target is { } target)
        {
            var t = FigureFormat.Format(target, metric);
            var month = $"{row.Period.ToShortDisplay()} {(Meets(row, target) ? "met" : "missed")} it";
            lines.Add(row.Assurance switch
            {
                AssuranceIcon.Fail => $"The target of {t} lies outside the process limits, so it will be missed every month unless the process changes; {month}.",
                AssuranceIcon.HitAndMiss => $"The target of {t} lies within the process limits, so it will be met in some months and missed in others; {month}.",
                AssuranceIcon.Pass => $"The target of {t} lies outside the process limits on the good side, so it will be met every month if nothing changes; {month}.",
                _ => $"The target is {t}; {month}.",
            });
        }

        if (row.Variance is { } gap && row.Plan.HasValue)
        {
            var side = gap.Direction switch
            {
                GapDirection.Adverse => "behind",
                GapDirection.Favourable => "ahead of",
                _ => "against",
            };
            lines.Add($"{PackText.Latest(row, pack.Period)} is {side} the plan of {PackText.Plan(row)} ({FigureFormat.FormatChange(gap.Size, metric)}"
                + (gap.Percent is { } pc ? $", {Math.Abs(pc).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)}%" : string.Empty) + ").");
        }

        return lines;
    }

    /// <summary>The current segment's special-cause signals, one line per kind and rule, with their months.</summary>
    private static IEnumerable<string> Signals(SpcResult spc, Metric metric)
    {
        if (spc.Points.Count == 0)
        {
            yield break;
        }

        var segment = spc.Points[^1].Segment;
        var since = spc.Points[^1].Period.AddMonths(-(RecentMonths - 1));
        var inSegment = spc.Points.Where(p => p.Segment == segment && p.SpecialCause != SpecialCause.None).ToList();
        var flagged = inSegment.Where(p => p.Period >= since).ToList();
        if (flagged.Count == 0)
        {
            yield return $"No special-cause signal in the last {RecentMonths} months: the recent variation is common cause.";
        }

        foreach (var group in flagged.GroupBy(p => p.SpecialCause).OrderBy(g => g.First().Period))
        {
            var months = group.Select(p => p.Period).ToList();
            var when = months.Count <= 3
                ? string.Join(", ", months.Select(m => m.ToShortDisplay()))
                : $"{months.Count} months from {months[0].ToShortDisplay()} to {months[^1].ToShortDisplay()}";
            var rules = string.Join("; ", group.Select(p => p.Rule).Distinct().Order().Select(Rule));
            yield return $"Special-cause {Kind(group.Key, metric)} in {when} ({rules}).";
        }
    }

    /// <summary>How far back the signals are listed month by month.</summary>
    private const int RecentMonths = 12;

    private static bool Meets(ScorecardRow row, double target) => row.Metric.Improvement == Improvement.Decrease
        ? row.Latest.Number <= target
        : row.Latest.Number >= target;

    private static string Kind(SpecialCause cause, Metric metric) => cause switch
    {
        SpecialCause.Concern => "concern",
        SpecialCause.Improvement => "improvement",
        _ => metric.Improvement == Improvement.Neutral ? "variation" : "variation (neither better nor worse)",
    };

    private static string Rule(SpcRule rule) => rule switch
    {
        SpcRule.OutsideLimits => "a point beyond a process limit",
        SpcRule.Trend => "a run of six rises or six falls in a row",
        SpcRule.TwoInThree => "two of three points close to a limit",
        SpcRule.Shift => "a run of seven or more points on one side of the mean",
        _ => "a signal",
    };
}
