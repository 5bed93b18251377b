namespace IbpPortal.Provenance;

/// <summary>How a figure came to be: read from one line, or worked out from others.</summary>
public enum DerivationKind
{
    /// <summary>Read as it stands from one line of a data file.</summary>
    Reported,

    /// <summary>An organisation's ratio worked out from its own numerator and denominator counts.</summary>
    Ratio,

    /// <summary>An ICB figure summed or averaged over its trusts.</summary>
    Aggregate,

    /// <summary>An ICB ratio worked out from its trusts' summed numerators and denominators.</summary>
    AggregatedRatio,

    /// <summary>The metric's national target from <c>metrics.csv</c>.</summary>
    NationalTarget,

    /// <summary>No data line lies behind it: the figure is absent (not submitted).</summary>
    NotInData,
}
