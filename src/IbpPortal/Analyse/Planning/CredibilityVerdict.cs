namespace IbpPortal.Analyse.Planning;

/// <summary>How a planned month compares with the measure's current process.</summary>
public enum CredibilityVerdict
{
    /// <summary>Within the process limits (or on the worse side of them): carrying on as now can deliver it.</summary>
    WithinProcess,

    /// <summary>Beyond the process limit in the improvement direction: meeting it needs a change to the process, not more of the same.</summary>
    NeedsBetterProcess,

    /// <summary>Better than the best month of any English organisation of its type, or than the organisation's own best by more than the process width.</summary>
    BeyondAnythingSeen,
}
