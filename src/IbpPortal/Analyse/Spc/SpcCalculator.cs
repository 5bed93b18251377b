using IbpPortal.Model;

namespace IbpPortal.Analyse.Spc;

/// <summary>Computes an XmR chart with Making Data Count signals and icons for one monthly series.</summary>
/// <remarks>
/// <para>
/// Follows NHSRplotthedots' defaults (mean centre line, limits at mean ± 2.66 × AMR, moving ranges at or
/// above 3.267 × AMR screened out once, the four rules in the order outside limits, trend, two in three,
/// shift, fewer than 13 points flagged). Where this implementation chooses differently, on purpose
/// (written up in <c>docs/spc-method.md</c>):
/// </para>
/// <list type="bullet">
/// <item>Months without a value (missing, suppressed, not applicable) are kept in the output but take no part
/// in the calculation, as if the analyst had dropped those rows before calling NHSRplotthedots: a moving
/// range joins the values either side of a gap, and runs for shift and trend carry on across it.
/// NHSRplotthedots, given such rows with <c>NA</c>, would leave the moving ranges beside them out.</item>
/// <item>A segment is unreliable when it has fewer than 13 <em>values</em>; NHSRplotthedots counts rows.</item>
/// <item>When every moving range is 0 (all values equal) screening is skipped and the limits equal the mean;
/// NHSRplotthedots screens every moving range out and returns no limits.</item>
/// <item>When the average moving range is 0 after screening (23 × 5 then 6; zeros with one 1) the segment has no
/// variation to judge: no point shows a signal and there is no assurance icon. NHSRplotthedots flags every point
/// off the collapsed limits as outside them.</item>
/// <item>A segment with one value has a mean and no limits (NHSRplotthedots returns NaN limits).</item>
/// <item>A re-base period that falls between two months of the series (a month the series lacks) starts the
/// new segment at the next month; NHSRplotthedots matches re-base dates exactly and ignores others.</item>
/// <item>A trend point's direction is that of the run it belongs to, the later run at a shared turning point.
/// NHSRplotthedots does the same, except that it calls the last point of a trend "decreasing" when the next
/// value is equal and starts another trend.</item>
/// <item>The variation and assurance icons use the latest month that has a value, and that month's target.</item>
/// </list>
/// </remarks>
public static class SpcCalculator
{
    /// <summary>Computes the chart for <paramref name="series"/>, one entry per month in any order.</summary>
    /// <param name="series">The months of the series; every period at most once.</param>
    /// <param name="improvement">Which direction is good for the metric.</param>
    /// <param name="rebaseAt">Periods at which a new segment starts, with its own mean and limits.</param>
    /// <param name="options">Screening and the reliability threshold.</param>
    /// <exception cref="ArgumentException">A period appears twice in <paramref name="series"/>.</exception>
    public static SpcResult Calculate(
        IReadOnlyList<SpcInputPoint> series,
        Improvement improvement,
        IReadOnlyCollection<Period> rebaseAt,
        SpcOptions options)
    {
        var ordered = InOrder(series);
        for (var i = 1; i < ordered.Length; i++)
        {
            if (ordered[i].Period == ordered[i - 1].Period)
            {
                throw new ArgumentException($"The period {ordered[i].Period} appears more than once.", nameof(series));
            }
        }

        var points = new SpcPoint[ordered.Length];
        var segments = new List<SpcSegment>();
        var latest = (Index: -1, Side: SignalSide.None);
        var latestLimits = default(XmrLimits);

        foreach (var (start, end) in SegmentBounds(ordered, rebaseAt))
        {
            var (withValues, values) = WithValues(ordered, start, end);
            var limits = XmrLimits.From(values, options.ScreenMovingRanges);
            var noVariation = limits.AverageMovingRange == 0;
            var signals = noVariation ? new PointSignal[values.Length] : SpcRuleDetector.Detect(values, limits);
            var segmentIndex = segments.Count;

            var k = 0;
            for (var i = start; i < end; i++)
            {
                var (cause, rule) = (SpecialCause.None, SpcRule.None);
                if (k < withValues.Length && withValues[k] == i)
                {
                    (cause, rule) = (MakingDataCountIcons.SpecialCauseOf(signals[k].Side, improvement), signals[k].Rule);
                    latest = (i, signals[k].Side);
                    k++;
                }

                points[i] = new SpcPoint(
                    ordered[i].Period, ordered[i].Value, limits.Mean, limits.Upl, limits.Lpl,
                    cause, rule, segmentIndex, ordered[i].Target);
            }

            segments.Add(new SpcSegment(
                segmentIndex, ordered[start].Period, ordered[end - 1].Period, values.Length,
                limits.Mean, limits.AverageMovingRange, limits.Upl, limits.Lpl,
                values.Length < options.MinimumReliablePoints,
                noVariation));
            latestLimits = limits;
        }

        var variation = latest.Index < 0
            ? VariationIcon.None
            : MakingDataCountIcons.VariationOf(points[latest.Index].SpecialCause, latest.Side);
        var assurance = latest.Index < 0 || segments[points[latest.Index].Segment].NoVariation
            ? AssuranceIcon.None
            : MakingDataCountIcons.AssuranceOf(improvement, points[latest.Index].Target, latestLimits);
        var shortSeries = segments.Count == 0 || segments[^1].Unreliable;

        return new SpcResult(points, segments, variation, assurance, shortSeries);
    }

    /// <summary>The months by period: as given when they already are (the usual case), else sorted stably.</summary>
    private static SpcInputPoint[] InOrder(IReadOnlyList<SpcInputPoint> series)
    {
        var ordered = new SpcInputPoint[series.Count];
        var sorted = true;
        for (var i = 0; i < ordered.Length; i++)
        {
            ordered[i] = series[i];
            sorted &= i == 0 || ordered[i - 1].Period <= ordered[i].Period;
        }

        return sorted ? ordered : [.. series.OrderBy(p => p.Period)];
    }

    /// <summary>The positions from <paramref name="start"/> to before <paramref name="end"/> that hold a number, and those numbers.</summary>
    private static (int[] Positions, double[] Values) WithValues(SpcInputPoint[] ordered, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += ordered[i].Value.HasValue ? 1 : 0;
        }

        var positions = new int[count];
        var values = new double[count];
        var k = 0;
        for (var i = start; i < end; i++)
        {
            if (ordered[i].Value.HasValue)
            {
                positions[k] = i;
                values[k++] = ordered[i].Value.Number;
            }
        }

        return (positions, values);
    }

    /// <summary>
    /// Splits the ordered months into segments: a re-base period starts a new segment at the first month
    /// on or after it (a re-base at or before the first month, or after the last, changes nothing).
    /// </summary>
    private static IEnumerable<(int Start, int End)> SegmentBounds(SpcInputPoint[] ordered, IReadOnlyCollection<Period> rebaseAt)
    {
        var start = 0;
        for (var i = 1; i < ordered.Length; i++)
        {
            var previous = ordered[i - 1].Period;
            var current = ordered[i].Period;
            if (rebaseAt.Count > 0 && rebaseAt.Any(r => r > previous && r <= current))
            {
                yield return (start, i);
                start = i;
            }
        }

        if (ordered.Length > 0)
        {
            yield return (start, ordered.Length);
        }
    }
}
