namespace IbpPortal.Model;

/// <summary>How often a measure is published: every month, or once a quarter (stored at the quarter's last month).</summary>
public enum MetricFrequency
{
    /// <summary>One figure a month (the default).</summary>
    Monthly,

    /// <summary>One figure a quarter, stored at the quarter's last month (June, September, December, March).</summary>
    Quarterly,
}
