using IbpPortal.Model;

namespace IbpPortal.Analyse.Spc;

/// <summary>Lists every signal of one SPC segment by rule and months, so a description can tell the whole segment, not only its latest point.</summary>
public static class SegmentSignals
{
    /// <summary>The signals of <paramref name="segment"/> in the order outside limits, shifts, trends, two-in-three; none for a segment without variation.</summary>
    public static IReadOnlyList<SpcSignalRun> Of(SpcResult spc, SpcSegment segment, Improvement improvement)
    {
        ArgumentNullException.ThrowIfNull(spc);
        ArgumentNullException.ThrowIfNull(segment);
        if (segment.NoVariation || segment.Upl is null)
        {
            return [];
        }

        var points = spc.Points.Where(p => p.Segment == segment.Index && p.Value.HasValue).OrderBy(p => p.Period).ToList();
        var values = points.Select(p => p.Value.Number).ToList();
        var limits = new XmrLimits(segment.Mean, segment.AverageMovingRange, segment.Upl, segment.Lpl);
        var (side, outside, trend, twoInThree, shift) = SpcRuleDetector.DetectEach(values, limits);

        var runs = new List<SpcSignalRun>();
        SignalSide[] Masked(bool[] flags) => [.. flags.Select((f, i) => f ? side[i] : SignalSide.None)];
        runs.AddRange(Runs(Masked(outside), SpcRule.OutsideLimits, points, improvement, maxGap: 1));
        runs.AddRange(Runs(Masked(shift), SpcRule.Shift, points, improvement, maxGap: 1));
        runs.AddRange(Runs(trend, SpcRule.Trend, points, improvement, maxGap: 1));
        runs.AddRange(Runs(Masked(twoInThree), SpcRule.TwoInThree, points, improvement, maxGap: 2));
        return runs;
    }

    /// <summary>Groups flagged points on one side into runs; points at most <paramref name="maxGap"/> values apart belong to one run.</summary>
    private static IEnumerable<SpcSignalRun> Runs(SignalSide[] flags, SpcRule rule, List<SpcPoint> points, Improvement improvement, int maxGap)
    {
        var i = 0;
        while (i < flags.Length)
        {
            if (flags[i] == SignalSide.None)
            {
                i++;
                continue;
            }

            var months = new List<Period> { points[i].Period };
            var last = i;
            var j = i + 1;
            while (j < flags.Length && j - last <= maxGap)
            {
                if (flags[j] == flags[i])
                {
                    months.Add(points[j].Period);
                    last = j;
                }
                else if (flags[j] != SignalSide.None)
                {
                    break;
                }

                j++;
            }

            yield return new SpcSignalRun(rule, flags[i] == SignalSide.High, MakingDataCountIcons.SpecialCauseOf(flags[i], improvement), months);
            i = last + 1;
        }
    }
}
