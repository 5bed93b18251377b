namespace IbpPortal.Model;

/// <summary>How trust figures combine into an ICB figure. Ratio metrics always use the ratio of sums.</summary>
public enum AggregateRule
{
    Sum,
    Mean,
    None,
}
