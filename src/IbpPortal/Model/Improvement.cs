namespace IbpPortal.Model;

/// <summary>Which direction of change is good for a metric.</summary>
public enum Improvement
{
    Increase,
    Decrease,
    Neutral,
}
