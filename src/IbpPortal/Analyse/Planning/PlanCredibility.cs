using IbpPortal.Model;

namespace IbpPortal.Analyse.Planning;

/// <summary>Judges planned months against the measure's current process (pure): within it, needing a better one, or beyond anything seen.</summary>
/// <remarks>
/// For an <c>increase</c> measure a planned value is <i>beyond anything seen</i> when it is higher than the best month of any
/// English organisation of the same type (when national data give one) or higher than the organisation's own best month by
/// more than the process width (upper limit − lower limit); otherwise it <i>needs a better process</i> when it is above the
/// upper process limit; otherwise it is <i>within the current process</i>. A value exactly on a limit or on a best is not
/// beyond it. Mirrored for <c>decrease</c>; <c>neutral</c> measures are not judged.
/// </remarks>
public static class PlanCredibility
{
    /// <summary>The verdict on one planned value.</summary>
    public static CredibilityVerdict Judge(double value, ProcessLevel process, Improvement improvement)
    {
        ArgumentNullException.ThrowIfNull(process);
        var sign = Sign(improvement);
        bool Better(double a, double b) => sign * (a - b) > 0;
        if ((process.EnglandBest is { } england && Better(value, england))
            || (process.OwnBest is { } own && Better(value, own + (sign * process.Width))))
        {
            return CredibilityVerdict.BeyondAnythingSeen;
        }

        return Better(value, sign > 0 ? process.Upl : process.Lpl) ? CredibilityVerdict.NeedsBetterProcess : CredibilityVerdict.WithinProcess;
    }

    /// <summary>Each planned month after the latest actual, judged and put in a sentence.</summary>
    public static IReadOnlyList<PlannedMonth> Judge(Metric metric, ProcessLevel process, IEnumerable<(Period Period, double Value)> planned, string source)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(planned);
        if (metric.Improvement == Improvement.Neutral)
        {
            return [];
        }

        return [.. planned
            .Where(p => p.Period > process.LatestActual && double.IsFinite(p.Value))
            .OrderBy(p => p.Period)
            .Select(p =>
            {
                var verdict = Judge(p.Value, process, metric.Improvement);
                return new PlannedMonth(p.Period, p.Value, source, verdict, CredibilityWords.Sentence(metric, process, p.Period, p.Value, source, verdict));
            })];
    }

    /// <summary>The improvement a month needed from the current mean to the plan's last month, against the best sustained rate.</summary>
    /// <returns>Null for a neutral measure or when no planned month lies after the latest actual.</returns>
    public static PlanPace? Pace(Metric metric, ProcessLevel process, IEnumerable<(Period Period, double Value)> planned, IReadOnlyList<(Period Period, double Value)> history)
    {
        ArgumentNullException.ThrowIfNull(metric);
        ArgumentNullException.ThrowIfNull(process);
        ArgumentNullException.ThrowIfNull(planned);
        if (metric.Improvement == Improvement.Neutral)
        {
            return null;
        }

        var future = planned.Where(p => p.Period > process.LatestActual && double.IsFinite(p.Value)).OrderBy(p => p.Period).ToList();
        if (future.Count == 0)
        {
            return null;
        }

        var (end, value) = future[^1];
        var months = end.MonthsSince(process.LatestActual);
        var needed = Sign(metric.Improvement) * (value - process.Mean) / months;
        var best = BestSustainedRate(history, metric.Improvement);
        return new PlanPace(process.Mean, value, end, months, needed, best, CredibilityWords.Pace(metric, process, end, value, months, needed, best));
    }

    /// <summary>The best improvement a month sustained over a year: over every pair of three-month runs twelve months apart (all six months with a value),
    /// (later mean − earlier mean) ÷ 12 in the improvement direction; the largest, the earliest on a tie. Null with no such pair.</summary>
    public static SustainedRate? BestSustainedRate(IReadOnlyList<(Period Period, double Value)> history, Improvement improvement)
    {
        ArgumentNullException.ThrowIfNull(history);
        var byPeriod = history.Where(h => double.IsFinite(h.Value)).ToDictionary(h => h.Period, h => h.Value);
        if (byPeriod.Count == 0 || improvement == Improvement.Neutral)
        {
            return null;
        }

        double? Mean3(Period end) =>
            byPeriod.TryGetValue(end, out var a) && byPeriod.TryGetValue(end.AddMonths(-1), out var b) && byPeriod.TryGetValue(end.AddMonths(-2), out var c)
                ? (a + b + c) / 3 : null;

        SustainedRate? best = null;
        foreach (var end in byPeriod.Keys.Order())
        {
            if (Mean3(end) is { } earlier && Mean3(end.AddMonths(12)) is { } later)
            {
                var rate = Sign(improvement) * (later - earlier) / 12;
                if (best is null || rate > best.PerMonth)
                {
                    best = new SustainedRate(rate, end, end.AddMonths(12));
                }
            }
        }

        return best;
    }

    internal static int Sign(Improvement improvement) => improvement == Improvement.Decrease ? -1 : 1;
}
