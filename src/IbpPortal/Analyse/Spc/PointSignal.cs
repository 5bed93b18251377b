namespace IbpPortal.Analyse.Spc;

/// <summary>The rule that flagged one value of a segment and the side it points to.</summary>
internal readonly record struct PointSignal(SpcRule Rule, SignalSide Side)
{
    /// <summary>No signal: common-cause variation.</summary>
    public static PointSignal None => new(SpcRule.None, SignalSide.None);
}
