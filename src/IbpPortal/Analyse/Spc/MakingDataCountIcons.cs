using IbpPortal.Model;

namespace IbpPortal.Analyse.Spc;

/// <summary>Turns signals and limits into the Making Data Count meanings and icons.</summary>
internal static class MakingDataCountIcons
{
    /// <summary>What a signal on <paramref name="side"/> means for a metric that improves in <paramref name="improvement"/>.</summary>
    public static SpecialCause SpecialCauseOf(SignalSide side, Improvement improvement) => (side, improvement) switch
    {
        (SignalSide.None, _) => SpecialCause.None,
        (_, Improvement.Neutral) => SpecialCause.Neither,
        (SignalSide.High, Improvement.Increase) or (SignalSide.Low, Improvement.Decrease) => SpecialCause.Improvement,
        _ => SpecialCause.Concern,
    };

    /// <summary>The variation icon for the latest point with a value.</summary>
    public static VariationIcon VariationOf(SpecialCause cause, SignalSide side) => (cause, side) switch
    {
        (SpecialCause.Improvement, SignalSide.High) => VariationIcon.ImprovementHigh,
        (SpecialCause.Improvement, SignalSide.Low) => VariationIcon.ImprovementLow,
        (SpecialCause.Concern, SignalSide.High) => VariationIcon.ConcernHigh,
        (SpecialCause.Concern, SignalSide.Low) => VariationIcon.ConcernLow,
        (SpecialCause.Neither, SignalSide.High) => VariationIcon.NeitherHigh,
        (SpecialCause.Neither, SignalSide.Low) => VariationIcon.NeitherLow,
        _ => VariationIcon.CommonCause,
    };

    /// <summary>
    /// The assurance icon: where the target lies against the latest segment's limits. A target strictly
    /// beyond a limit passes or fails consistently; between the limits, or on one, it is hit and miss.
    /// </summary>
    public static AssuranceIcon AssuranceOf(Improvement improvement, double? target, XmrLimits limits)
    {
        if (improvement == Improvement.Neutral || target is not { } t || limits is not { Upl: { } upl, Lpl: { } lpl })
        {
            return AssuranceIcon.None;
        }

        var increase = improvement == Improvement.Increase;
        return t > upl ? (increase ? AssuranceIcon.Fail : AssuranceIcon.Pass)
            : t < lpl ? (increase ? AssuranceIcon.Pass : AssuranceIcon.Fail)
            : AssuranceIcon.HitAndMiss;
    }
}
