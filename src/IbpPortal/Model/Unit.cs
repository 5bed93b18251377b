namespace IbpPortal.Model;

/// <summary>The unit a metric is measured in; it decides how figures are formatted.</summary>
public enum Unit
{
    Count,
    Percent,
    Gbp,
    Days,
    Wte,
    Rate,
}
