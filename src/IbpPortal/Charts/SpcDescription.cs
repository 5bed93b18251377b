using System.Text;
using IbpPortal.Analyse.Spc;
using IbpPortal.Model;

namespace IbpPortal.Charts;

/// <summary>The text description of an SPC chart for screen readers, the SVG's <c>desc</c> and the PDF figure's alternative text.</summary>
public static class SpcDescription
{
    /// <summary>Describes <paramref name="data"/> with values formatted by the metric's unit.</summary>
    /// <remarks>Adds the plan for the latest month when the chart draws one; re-bases are told with their reasons.</remarks>
    public static string Describe(SpcChartData data)
    {
        var text = new StringBuilder(Describe(data.Spc, data.Metric, data.OrgName, v => ValueFormatter.Format(v, data.Metric), data.Rebases ?? [], data.TargetLabel));
        var latest = data.Spc.Points.Where(p => p.Value.HasValue).OrderBy(p => p.Period).LastOrDefault();
        var plan = latest is null ? null : data.PlanInRange.Where(p => p.Period == latest.Period && p.Value.HasValue).Select(p => (double?)p.Value.Number).FirstOrDefault();
        if (latest is not null && plan is { } planned)
        {
            text.Append($" The plan for {latest.Period.ToLongDisplay()} was {ValueFormatter.Format(planned, data.Metric)}.");
        }

        // A re-base that starts the current segment is told above; any other marked on the chart is told here.
        var current = data.Spc.Segments.Count > 0 ? data.Spc.Segments[^1].Start : (Period?)null;
        foreach (var rebase in data.RebasesInRange.Where(r => r.Period != current))
        {
            text.Append($" Re-based in {rebase.Period.ToShortDisplay()}: {rebase.Reason.Trim().TrimEnd('.')}.");
        }

        return text.ToString();
    }

    /// <summary>
    /// One or two sentences such as "Four-hour A&amp;E performance, RR8, March 2019: 86.7%, below the 95% target;
    /// special cause concern since November 2018; limits 82.1% to 91.4%."
    /// </summary>
    public static string Describe(SpcResult spc, Metric metric, string orgName, Func<double, string> format) =>
        Describe(spc, metric, orgName, format, [], null);

    /// <summary>As above, then the current segment in words (<see cref="SpcNarrative"/>), naming any re-base's reason; <paramref name="targetLabel"/> names the target's kind.</summary>
    public static string Describe(SpcResult spc, Metric metric, string orgName, Func<double, string> format, IReadOnlyList<Rebase> rebases, string? targetLabel)
    {
        var points = spc.Points.OrderBy(p => p.Period).ToList();
        var latestIndex = points.FindLastIndex(p => p.Value.HasValue);
        if (latestIndex < 0)
        {
            return $"{metric.Name}, {orgName}: no values to chart.";
        }

        var latest = points[latestIndex];
        var text = new StringBuilder();
        text.Append($"{metric.Name}, {orgName}, {latest.Period.ToLongDisplay()}: {format(latest.Value.Number)}");
        if (latest.Target is { } target)
        {
            var side = latest.Value.Number > target ? "above" : latest.Value.Number < target ? "below" : "on";
            text.Append(targetLabel is null ? $", {side} the {format(target)} target" : $", {side} the {targetLabel}");
        }

        text.Append("; latest point: ").Append(Signal(points, latestIndex));
        if (latest.Lpl is { } lower && latest.Upl is { } upper)
        {
            text.Append($"; limits {format(lower)} to {format(upper)}");
            if (spc.Segments.FirstOrDefault(s => s.Index == latest.Segment) is { Unreliable: true })
            {
                text.Append(" (provisional: fewer than 13 points)");
            }
        }

        if (spc.Assurance != AssuranceIcon.None)
        {
            text.Append("; ").Append(SpcIcons.AssuranceLabel(spc.Assurance).ToLowerInvariant());
        }

        text.Append('.');
        if (SpcNarrative.CurrentSegment(spc, metric, rebases) is { Length: > 0 } segment)
        {
            text.Append(' ').Append(segment);
        }

        var gaps = points.Take(latestIndex).Count(p => !p.Value.HasValue);
        if (gaps > 0)
        {
            text.Append(gaps == 1 ? " One earlier month has no figure and is a gap in the line." : $" {gaps} earlier months have no figure and are gaps in the line.");
        }

        foreach (var after in points.Skip(latestIndex + 1).Take(1))
        {
            text.Append($" {after.Period.ToLongDisplay()}: {after.Value.AbsentLabel}.");
        }

        return text.ToString();
    }

    private static string Signal(List<SpcPoint> points, int latestIndex)
    {
        var cause = points[latestIndex].SpecialCause;
        if (cause == SpecialCause.None)
        {
            return "common cause variation";
        }

        // The signal has lasted since the first of the unbroken run of valued points flagged the same way.
        var since = latestIndex;
        for (var i = latestIndex - 1; i >= 0; i--)
        {
            if (!points[i].Value.HasValue)
            {
                continue;
            }

            if (points[i].SpecialCause != cause || points[i].Segment != points[latestIndex].Segment)
            {
                break;
            }

            since = i;
        }

        var what = "special cause " + SpcIcons.CauseWord(cause);
        return since == latestIndex
            ? $"{what} ({SpcIcons.RuleLabel(points[latestIndex].Rule)})"
            : $"{what} since {points[since].Period.ToLongDisplay()}";
    }
}
