namespace IbpPortal.Analyse.Spc;

/// <summary>Applies the four Making Data Count rules to the values of one segment.</summary>
/// <remarks>
/// The values are the segment's months that carry a number, in period order; months without a value
/// were left out before, so runs continue across them. When a value meets several rules the strongest
/// wins: outside the limits, then trend, then two in three, then shift.
/// </remarks>
internal static class SpcRuleDetector
{
    /// <summary>Points in a row that make a shift or a trend.</summary>
    public const int RunLength = 7;

    /// <summary>Returns one signal per value.</summary>
    public static PointSignal[] Detect(IReadOnlyList<double> values, XmrLimits limits)
    {
        var signals = new PointSignal[values.Count];
        if (limits.Mean is not { } mean)
        {
            return signals;
        }

        var (side, outside, trend, twoInThree, shift) = DetectEach(values, limits);
        for (var i = 0; i < values.Count; i++)
        {
            signals[i] =
                outside[i] ? new PointSignal(SpcRule.OutsideLimits, side[i]) :
                trend[i] != SignalSide.None ? new PointSignal(SpcRule.Trend, trend[i]) :
                twoInThree[i] ? new PointSignal(SpcRule.TwoInThree, side[i]) :
                shift[i] ? new PointSignal(SpcRule.Shift, side[i]) :
                PointSignal.None;
        }

        return signals;
    }

    /// <summary>Each rule on its own, before priorities: the side of the mean, outside the limits, the trend's direction, close in two of three, part of a shift.</summary>
    /// <remarks>A point can meet several rules; descriptions of a segment use these so a run is told whole even where a stronger rule flags some of its points.</remarks>
    public static (SignalSide[] Side, bool[] Outside, SignalSide[] Trend, bool[] TwoInThree, bool[] Shift) DetectEach(IReadOnlyList<double> values, XmrLimits limits)
    {
        if (limits.Mean is not { } mean)
        {
            var none = new bool[values.Count];
            return (new SignalSide[values.Count], none, new SignalSide[values.Count], none, none);
        }

        var side = new SignalSide[values.Count];
        for (var i = 0; i < side.Length; i++)
        {
            side[i] = SideOf(values[i], mean);
        }

        var outside = OutsideLimits(values, limits);
        return (side, outside, Trends(values), TwoInThree(values, limits, side, outside), Shifts(side));
    }

    private static SignalSide SideOf(double value, double mean) =>
        value > mean ? SignalSide.High : value < mean ? SignalSide.Low : SignalSide.None;

    private static bool[] OutsideLimits(IReadOnlyList<double> values, XmrLimits limits)
    {
        var outside = new bool[values.Count];
        for (var i = 0; i < outside.Length; i++)
        {
            outside[i] = limits.HasLimits && (values[i] > limits.Upl || values[i] < limits.Lpl);
        }

        return outside;
    }

    /// <summary>Flags every value of a run of seven or more strictly on one side of the mean.</summary>
    private static bool[] Shifts(SignalSide[] side)
    {
        var flagged = new bool[side.Length];
        var start = 0;
        for (var i = 1; i <= side.Length; i++)
        {
            if (i < side.Length && side[i] == side[start])
            {
                continue;
            }

            if (side[start] != SignalSide.None && i - start >= RunLength)
            {
                Array.Fill(flagged, true, start, i - start);
            }

            start = i;
        }

        return flagged;
    }

    /// <summary>
    /// Flags every value of a run of seven or more each strictly higher (or lower) than the one before,
    /// with the run's direction. A turning point shared by a rising and a falling run takes the later
    /// run's direction, as NHSRplotthedots does.
    /// </summary>
    private static SignalSide[] Trends(IReadOnlyList<double> values)
    {
        var flagged = new SignalSide[values.Count];
        var start = 0;
        var direction = SignalSide.None;
        for (var i = 1; i <= values.Count; i++)
        {
            var step = i < values.Count ? SideOf(values[i], values[i - 1]) : SignalSide.None;
            if (step != SignalSide.None && step == direction)
            {
                continue;
            }

            // The run start..i-1 has ended; a rising run starts at its lowest point.
            if (direction != SignalSide.None && i - start >= RunLength)
            {
                Array.Fill(flagged, direction, start, i - start);
            }

            direction = step;
            start = i - 1;
        }

        return flagged;
    }

    /// <summary>
    /// Flags the values close to a limit (beyond two-thirds of the way from the mean, not outside) that
    /// make, with a neighbour, two of three consecutive values on one side of the mean.
    /// </summary>
    private static bool[] TwoInThree(IReadOnlyList<double> values, XmrLimits limits, SignalSide[] side, bool[] outside)
    {
        var flagged = new bool[values.Count];
        if (limits is not { Mean: { } mean, AverageMovingRange: { } amr })
        {
            return flagged;
        }

        var upperInner = mean + (XmrLimits.CloseFactor * amr);
        var lowerInner = mean - (XmrLimits.CloseFactor * amr);
        var close = new bool[values.Count];
        for (var i = 0; i < close.Length; i++)
        {
            close[i] = !outside[i] && (values[i] > upperInner || values[i] < lowerInner);
        }


        for (var w = 0; w + 2 < values.Count; w++)
        {
            var sameSide = side[w] != SignalSide.None && side[w + 1] == side[w] && side[w + 2] == side[w];
            var closeCount = (close[w] ? 1 : 0) + (close[w + 1] ? 1 : 0) + (close[w + 2] ? 1 : 0);
            if (!sameSide || closeCount < 2)
            {
                continue;
            }

            for (var i = w; i <= w + 2; i++)
            {
                flagged[i] |= close[i];
            }
        }

        return flagged;
    }
}
