namespace IbpPortal.Analyse.Spc;

/// <summary>Which way a special-cause signal points: above the mean (or rising) is high.</summary>
internal enum SignalSide
{
    None,
    High,
    Low,
}
