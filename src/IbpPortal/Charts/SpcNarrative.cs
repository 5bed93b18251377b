using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>
/// What an SPC chart's current segment shows, in words: any re-base with its reason, every signal with its months,
/// or "no significant change" when, and only when, the segment has no signal.
/// </summary>
public static class SpcNarrative
{
    /// <summary>Up to this many separate months are named in a list; more are counted.</summary>
    private const int MonthsNamed = 4;

    /// <summary>
    /// One or two sentences such as "Re-based in Oct 2016: counting change. In the current segment (Oct 2016 to Mar 2019):
    /// 2 points below the lower limit (Feb 2018 and Feb 2019, concern); a shift below the mean from Aug 2017 to Apr 2018 (9 months, concern)."
    /// </summary>
    /// <param name="rebases">The re-base rows that apply to this organisation and metric (its own and <c>*</c>).</param>
    public static string CurrentSegment(SpcResult spc, Metric metric, IReadOnlyList<Rebase> rebases)
    {
        ArgumentNullException.ThrowIfNull(spc);
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(rebases);
        if (spc.Segments.Count == 0)
        {
            return string.Empty;
        }

        var segment = spc.Segments[^1];
        var text = string.Empty;
        if (segment.Index > 0)
        {
            var previous = spc.Segments[segment.Index - 1];
            var reason = rebases.Where(r => r.Period > previous.End && r.Period <= segment.Start).OrderBy(r => r.Period).Select(r => r.Reason).LastOrDefault();
            text = $"Re-based in {segment.Start.ToShortDisplay()}{(string.IsNullOrWhiteSpace(reason) ? string.Empty : ": " + reason.Trim().TrimEnd('.'))}; the months before have their own mean and limits. ";
        }

        var span = segment.Start == segment.End ? segment.Start.ToShortDisplay() : $"{segment.Start.ToShortDisplay()} to {segment.End.ToShortDisplay()}";
        if (segment.NoVariation)
        {
            return text + $"The current segment ({span}) has no variation to judge.";
        }

        var runs = SegmentSignals.Of(spc, segment, metric.Improvement);
        if (runs.Count == 0)
        {
            return text + $"No significant change in the current segment ({span}): no point outside the limits and no shift, trend or two-in-three signal.";
        }

        var clauses = new List<string>();
        foreach (var side in runs.Where(r => r.Rule == SpcRule.OutsideLimits).GroupBy(r => r.High))
        {
            var months = side.SelectMany(r => r.Months).ToList();
            var where = side.Key ? "above the upper limit" : "below the lower limit";
            clauses.Add($"{Points(months.Count)} {where} ({MonthList(months)}, {SpcIcons.CauseWord(side.First().Cause)})");
        }

        clauses.AddRange(runs.Where(r => r.Rule == SpcRule.Shift).Select(r =>
            $"a shift {(r.High ? "above" : "below")} the mean from {r.From.ToShortDisplay()} to {r.To.ToShortDisplay()} ({r.Months.Count} months, {SpcIcons.CauseWord(r.Cause)})"));
        clauses.AddRange(runs.Where(r => r.Rule == SpcRule.Trend).Select(r =>
            $"a {(r.High ? "rising" : "falling")} trend from {r.From.ToShortDisplay()} to {r.To.ToShortDisplay()} ({r.Months.Count} months, {SpcIcons.CauseWord(r.Cause)})"));
        foreach (var side in runs.Where(r => r.Rule == SpcRule.TwoInThree).GroupBy(r => r.High))
        {
            var months = side.SelectMany(r => r.Months).ToList();
            clauses.Add($"two of three points close to the {(side.Key ? "upper" : "lower")} limit ({MonthList(months)}, {SpcIcons.CauseWord(side.First().Cause)})");
        }

        return text + $"In the current segment ({span}): {string.Join("; ", clauses)}.";
    }

    private static string Points(int count) => count == 1 ? "1 point" : $"{count} points";

    private static string MonthList(List<Period> months)
    {
        var ranges = new List<(Period From, Period To)>();
        foreach (var m in months)
        {
            if (ranges.Count > 0 && ranges[^1].To.AddMonths(1) == m)
            {
                ranges[^1] = (ranges[^1].From, m);
            }
            else
            {
                ranges.Add((m, m));
            }
        }

        var named = ranges.Select(r => r.From == r.To ? r.From.ToShortDisplay() : $"{r.From.ToShortDisplay()} to {r.To.ToShortDisplay()}").ToList();
        if (named.Count > MonthsNamed)
        {
            return $"{string.Join(", ", named.Take(MonthsNamed))} and {named.Count - MonthsNamed} more";
        }

        return named.Count == 1 ? named[0] : $"{string.Join(", ", named.Take(named.Count - 1))} and {named[^1]}";
    }
}
