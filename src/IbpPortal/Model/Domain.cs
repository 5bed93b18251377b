namespace IbpPortal.Model;

/// <summary>The six planning domains that metrics are grouped by.</summary>
public enum Domain
{
    Demand,
    Capacity,
    Workforce,
    Finance,
    Quality,
    Performance,
}
