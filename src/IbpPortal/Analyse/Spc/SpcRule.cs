namespace IbpPortal.Analyse.Spc;

/// <summary>The Making Data Count rule that flagged a point, in priority order (outside limits first).</summary>
public enum SpcRule
{
    None,
    OutsideLimits,
    Trend,
    TwoInThree,
    Shift,
}
